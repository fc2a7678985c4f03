UNWIND $rows AS row
MATCH (t:Task {key: row.task}), (p:Person {key: row.person})
CREATE (t)-[:OVERSEEN_BY {source: $source, sha256: $sha256, lines: row.lines}]->(p)
