UNWIND $rows AS row
MATCH (p:Person {key: row.person}), (g:Gazette {key: row.gazette})
CREATE (p)-[:EDITS {
  role: row.role, source: $source, sha256: $sha256, lines: row.lines
}]->(g)
