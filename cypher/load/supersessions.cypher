// REPEALS / REPLACES / AMENDS, dated (on) by the superseding document.
UNWIND $rows AS row
MATCH (a:Document {key: row.from})
MATCH (b:Document {key: row.to})
FOREACH (_ IN CASE row.type WHEN 'REPEALS' THEN [1] ELSE [] END |
  CREATE (a)-[:REPEALS {on: row.on, title: row.title, source: $source, sha256: $sha256, lines: row.lines}]->(b))
FOREACH (_ IN CASE row.type WHEN 'REPLACES' THEN [1] ELSE [] END |
  CREATE (a)-[:REPLACES {on: row.on, title: row.title, source: $source, sha256: $sha256, lines: row.lines}]->(b))
FOREACH (_ IN CASE row.type WHEN 'AMENDS' THEN [1] ELSE [] END |
  CREATE (a)-[:AMENDS {on: row.on, title: row.title, source: $source, sha256: $sha256, lines: row.lines}]->(b))
