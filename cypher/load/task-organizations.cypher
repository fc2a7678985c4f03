// LED_BY (lead units) and ASSIGNED_TO (role: responsible / cooperating).
UNWIND $rows AS row
MATCH (t:Task {key: row.task})
MATCH (o:Organization {name: row.org})
FOREACH (_ IN CASE row.type WHEN 'LED_BY' THEN [1] ELSE [] END |
  CREATE (t)-[:LED_BY {mention: row.mention, source: $source, sha256: $sha256, lines: row.lines}]->(o))
FOREACH (_ IN CASE row.type WHEN 'ASSIGNED_TO' THEN [1] ELSE [] END |
  CREATE (t)-[:ASSIGNED_TO {role: row.role, mention: row.mention, source: $source, sha256: $sha256, lines: row.lines}]->(o))
