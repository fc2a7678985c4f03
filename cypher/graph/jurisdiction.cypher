// A whole jurisdiction, collapsed: its leaders and the units they preside
// over, supervise or liaise with (one row per fact), and every unit of the
// jurisdiction with its task counts by role (one row per unit and role).
// $name: jurisdiction name; $roles: ['lead' | 'responsible' | 'cooperating']
MATCH (p:Person {jurisdiction: $name})-[r:PRESIDES_OVER|SUPERVISES|LIAISES_WITH|RESPONSIBLE_FOR]->(x)
WHERE x:Organization OR x:Area
RETURN {kind: 'person', key: p.key, label: p.name} AS from,
       CASE WHEN x:Area THEN {kind: 'area', key: x.key, label: x.name}
            ELSE {kind: 'organization', key: x.name, label: x.name} END AS to,
       type(r) AS rel, {source: r.source, lines: r.lines} AS prov, null AS count
UNION
MATCH (o:Organization {jurisdiction: $name})<-[r:LED_BY|ASSIGNED_TO]-(:Task)
WITH o, CASE type(r) WHEN 'LED_BY' THEN 'lead' ELSE coalesce(r.role, 'responsible') END AS role
WHERE role IN $roles
WITH o, role, count(*) AS count
RETURN {kind: 'jurisdiction', key: $name, label: $name} AS from,
       {kind: 'organization', key: o.name, label: o.name} AS to,
       role AS rel, null AS prov, count
