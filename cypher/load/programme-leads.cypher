UNWIND $rows AS row
MATCH (p:Programme {key: row.programme}), (o:Organization {name: row.org})
CREATE (p)-[:LED_BY {
  mention: row.mention, source: $source, sha256: $sha256, lines: row.lines
}]->(o)
