UNWIND $rows AS row
MATCH (d:Document {key: row.document})
CREATE (p:Programme {
  key: row.key, document: row.document, name: row.name, kind: row.kind, year: row.year,
  source: $source, sha256: $sha256, lines: row.lines
})
CREATE (p)-[:ANNOUNCED_IN {source: $source}]->(d)
