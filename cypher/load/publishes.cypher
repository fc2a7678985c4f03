UNWIND $rows AS row
MATCH (g:Gazette {key: row.gazette}), (d:Document {key: row.document})
CREATE (g)-[:PUBLISHES {
  page: row.page, source: $source, sha256: $sha256, lines: row.lines
}]->(d)
