// A leader's portfolio towards persons: PRESIDES_OVER, SUPERVISES, LIAISES_WITH,
// RESPONSIBLE_FOR or BACKUP_OF, dated (since) by the document.
UNWIND $rows AS row
MATCH (p:Person {key: row.person}), (o:Person {key: row.other})
WITH p, o, row, {
  since: row.since, document: row.document, mention: row.mention, source: $source, sha256: $sha256,
  lines: [x IN row.lines | toInteger(x)]
} AS props
FOREACH (_ IN CASE row.type WHEN 'PRESIDES_OVER' THEN [1] ELSE [] END |
  CREATE (p)-[r:PRESIDES_OVER]->(o) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'SUPERVISES' THEN [1] ELSE [] END |
  CREATE (p)-[r:SUPERVISES]->(o) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'LIAISES_WITH' THEN [1] ELSE [] END |
  CREATE (p)-[r:LIAISES_WITH]->(o) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'RESPONSIBLE_FOR' THEN [1] ELSE [] END |
  CREATE (p)-[r:RESPONSIBLE_FOR]->(o) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'BACKUP_OF' THEN [1] ELSE [] END |
  CREATE (p)-[r:BACKUP_OF]->(o) SET r = props)
