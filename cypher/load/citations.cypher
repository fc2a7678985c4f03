UNWIND $rows AS row
MATCH (a:Document {key: row.from}), (b:Document {key: row.to})
CREATE (a)-[:CITES {
  title: row.title, source: $source, sha256: $sha256, lines: row.lines
}]->(b)
