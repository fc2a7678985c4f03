// Who signed each printed document, under which title (`银川市市长 杨玉经`).
UNWIND $rows AS row
MATCH (p:Person {key: row.person}), (d:Document {key: row.document})
CREATE (p)-[:SIGNED {
  title: row.title, source: $source, sha256: $sha256, lines: row.lines
}]->(d)
