// APPOINTED_TO / REMOVED_FROM / NOMINATED_FOR, dated by the document.
UNWIND $rows AS row
MATCH (p:Person {key: row.person}), (t:Post {key: row.post})
WITH p, t, row, {
  on: row.on, document: row.document, source: $source, sha256: $sha256,
  lines: [x IN row.lines | toInteger(x)]
} AS props
FOREACH (_ IN CASE row.type WHEN 'APPOINTED_TO' THEN [1] ELSE [] END |
  CREATE (p)-[r:APPOINTED_TO]->(t) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'REMOVED_FROM' THEN [1] ELSE [] END |
  CREATE (p)-[r:REMOVED_FROM]->(t) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'NOMINATED_FOR' THEN [1] ELSE [] END |
  CREATE (p)-[r:NOMINATED_FOR]->(t) SET r = props)
