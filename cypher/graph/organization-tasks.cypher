// The tasks of some units, one row per unit's role on a task, with the
// document that assigns it. $names: [organization name]; $roles: ['lead' | 'responsible' | 'cooperating']
UNWIND $names AS name
MATCH (o:Organization {name: name})<-[r:LED_BY|ASSIGNED_TO]-(t:Task)
WITH o, r, t, CASE type(r) WHEN 'LED_BY' THEN 'lead' ELSE coalesce(r.role, 'responsible') END AS role
WHERE role IN $roles
OPTIONAL MATCH (d:Document)-[:HAS_TASK]->(t)
RETURN
  {kind: 'organization', key: o.name, label: o.name} AS from,
  {kind: 'task', key: t.key, label: t.text, number: t.number} AS to,
  role AS rel,
  {source: r.source, lines: r.lines} AS prov,
  CASE WHEN d IS NULL THEN null ELSE {kind: 'document', key: d.key, label: coalesce(d.docNumber, d.title), detail: d.title} END AS via
ORDER BY o.name, d.key, t.key
