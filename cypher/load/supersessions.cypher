// REPEALS / REPLACES / AMENDS, dated (on) by the superseding document.
UNWIND $rows AS row
MATCH (a:Document {key: row.from}), (b:Document {key: row.to})
WITH a, b, row, {
  on: row.on, title: row.title, source: $source, sha256: $sha256, lines: [x IN row.lines | toInteger(x)]
} AS props
FOREACH (_ IN CASE row.type WHEN 'REPEALS' THEN [1] ELSE [] END |
  CREATE (a)-[r:REPEALS]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'REPLACES' THEN [1] ELSE [] END |
  CREATE (a)-[r:REPLACES]->(b) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'AMENDS' THEN [1] ELSE [] END |
  CREATE (a)-[r:AMENDS]->(b) SET r = props)
