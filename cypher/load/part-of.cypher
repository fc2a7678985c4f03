UNWIND $rows AS row
MATCH (c:Organization {name: row.child}), (p:Organization {name: row.parent})
CREATE (c)-[:PART_OF {source: $source, sha256: $sha256, lines: row.lines}]->(p)
