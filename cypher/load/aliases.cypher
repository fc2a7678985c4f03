// Every way this source wrote a unit, keyed by jurisdiction|mention.
UNWIND $rows AS row
MATCH (o:Organization {name: row.org})
MERGE (a:Alias {key: row.key})
ON CREATE SET a.mention = row.mention, a.jurisdiction = row.jurisdiction
CREATE (a)-[:ALIAS_OF {
  group: row.group, source: $source, sha256: $sha256, lines: row.lines
}]->(o)
