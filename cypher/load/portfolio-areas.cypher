// A leader's portfolio towards areas: PRESIDES_OVER, SUPERVISES, LIAISES_WITH,
// RESPONSIBLE_FOR or BACKUP_OF, dated (since) by the document.
UNWIND $rows AS row
MATCH (p:Person {key: row.person})
MATCH (o:Area {key: row.area})
FOREACH (_ IN CASE row.type WHEN 'PRESIDES_OVER' THEN [1] ELSE [] END |
  CREATE (p)-[:PRESIDES_OVER {since: row.since, document: row.document, mention: row.mention, source: $source, sha256: $sha256, lines: row.lines}]->(o))
FOREACH (_ IN CASE row.type WHEN 'SUPERVISES' THEN [1] ELSE [] END |
  CREATE (p)-[:SUPERVISES {since: row.since, document: row.document, mention: row.mention, source: $source, sha256: $sha256, lines: row.lines}]->(o))
FOREACH (_ IN CASE row.type WHEN 'LIAISES_WITH' THEN [1] ELSE [] END |
  CREATE (p)-[:LIAISES_WITH {since: row.since, document: row.document, mention: row.mention, source: $source, sha256: $sha256, lines: row.lines}]->(o))
FOREACH (_ IN CASE row.type WHEN 'RESPONSIBLE_FOR' THEN [1] ELSE [] END |
  CREATE (p)-[:RESPONSIBLE_FOR {since: row.since, document: row.document, mention: row.mention, source: $source, sha256: $sha256, lines: row.lines}]->(o))
FOREACH (_ IN CASE row.type WHEN 'BACKUP_OF' THEN [1] ELSE [] END |
  CREATE (p)-[:BACKUP_OF {since: row.since, document: row.document, mention: row.mention, source: $source, sha256: $sha256, lines: row.lines}]->(o))
