// LED_BY (lead units) and ASSIGNED_TO (role: responsible / cooperating).
UNWIND $rows AS row
MATCH (t:Task {key: row.task}), (o:Organization {name: row.org})
WITH t, o, row, {
  mention: row.mention, source: $source, sha256: $sha256, lines: [x IN row.lines | toInteger(x)]
} AS props
FOREACH (_ IN CASE row.type WHEN 'LED_BY' THEN [1] ELSE [] END |
  CREATE (t)-[r:LED_BY]->(o) SET r = props)
FOREACH (_ IN CASE row.type WHEN 'ASSIGNED_TO' THEN [1] ELSE [] END |
  CREATE (t)-[r:ASSIGNED_TO]->(o) SET r = props, r.role = row.role)
