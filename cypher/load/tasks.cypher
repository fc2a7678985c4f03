// Tasks belong to their source (the key starts with the source id).
UNWIND $rows AS row
MATCH (d:Document {key: row.document})
CREATE (t:Task {
  key: row.key, document: row.document, ordinal: row.ordinal, number: row.number,
  text: row.text, deadline: row.deadline,
  source: $source, sha256: $sha256, lines: row.lines
})
CREATE (d)-[:HAS_TASK {source: $source}]->(t)
