// One document's responsibility facts: the units that issued it, its tasks
// with their units and leaders, and the portfolios it sets (a leadership
// division of labour: who presides over, supervises or liaises with what).
// $key: document key or number; $roles: ['lead' | 'responsible' | 'cooperating']
MATCH (d:Document) WHERE d.key = $key OR d.docNumber = $key
WITH d LIMIT 1
CALL (d) {
  MATCH (o:Organization)-[r:ISSUED]->(d)
  RETURN {kind: 'organization', key: o.name, label: o.name} AS from,
         {kind: 'document', key: d.key, label: coalesce(d.docNumber, d.title), detail: d.title} AS to,
         'ISSUED' AS rel, {source: r.source, lines: r.lines} AS prov
  UNION
  MATCH (d)-[:HAS_TASK]->(t:Task)
  RETURN {kind: 'document', key: d.key, label: coalesce(d.docNumber, d.title), detail: d.title} AS from,
         {kind: 'task', key: t.key, label: t.text, number: t.number} AS to,
         'HAS_TASK' AS rel, {source: t.source, lines: t.lines} AS prov
  UNION
  MATCH (d)-[:HAS_TASK]->(t:Task)-[r:LED_BY|ASSIGNED_TO]->(o:Organization)
  WITH t, r, o, CASE type(r) WHEN 'LED_BY' THEN 'lead' ELSE coalesce(r.role, 'responsible') END AS role
  WHERE role IN $roles
  RETURN {kind: 'organization', key: o.name, label: o.name} AS from,
         {kind: 'task', key: t.key, label: t.text, number: t.number} AS to,
         role AS rel, {source: r.source, lines: r.lines} AS prov
  UNION
  MATCH (d)-[:HAS_TASK]->(t:Task)-[r:OVERSEEN_BY]->(p:Person)
  RETURN {kind: 'person', key: p.key, label: p.name} AS from,
         {kind: 'task', key: t.key, label: t.text, number: t.number} AS to,
         'OVERSEEN_BY' AS rel, {source: r.source, lines: r.lines} AS prov
  UNION
  MATCH (p:Person)-[r:PRESIDES_OVER|SUPERVISES|LIAISES_WITH|RESPONSIBLE_FOR]->(x)
  WHERE r.document = d.key AND (x:Organization OR x:Area)
  RETURN {kind: 'person', key: p.key, label: p.name} AS from,
         CASE WHEN x:Area THEN {kind: 'area', key: x.key, label: x.name}
              ELSE {kind: 'organization', key: x.name, label: x.name} END AS to,
         type(r) AS rel, {source: r.source, lines: r.lines} AS prov
  UNION
  MATCH (p:Person)-[r:BACKUP_OF]->(q:Person)
  WHERE r.document = d.key
  RETURN {kind: 'person', key: p.key, label: p.name} AS from,
         {kind: 'person', key: q.key, label: q.name} AS to,
         'BACKUP_OF' AS rel, {source: r.source, lines: r.lines} AS prov
}
RETURN from, to, rel, prov
