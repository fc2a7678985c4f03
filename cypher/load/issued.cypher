UNWIND $rows AS row
MATCH (o:Organization {name: row.org}), (d:Document {key: row.document})
CREATE (o)-[:ISSUED {
  mention: row.mention, source: $source, sha256: $sha256, lines: row.lines
}]->(d)
