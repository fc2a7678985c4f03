// A leader's portfolio: the units and areas he or she presides over,
// supervises, liaises with or is responsible for (the latest document's
// division first), and the tasks he or she oversees directly.
// $key: person key (jurisdiction|name)
MATCH (p:Person {key: $key})-[r:PRESIDES_OVER|SUPERVISES|LIAISES_WITH|RESPONSIBLE_FOR]->(x)
WHERE x:Organization OR x:Area
RETURN {kind: 'person', key: p.key, label: p.name} AS from,
       CASE WHEN x:Area THEN {kind: 'area', key: x.key, label: x.name}
            ELSE {kind: 'organization', key: x.name, label: x.name} END AS to,
       type(r) AS rel, {source: r.source, lines: r.lines} AS prov
UNION
MATCH (p:Person {key: $key})<-[r:OVERSEEN_BY]-(t:Task)
RETURN {kind: 'person', key: p.key, label: p.name} AS from,
       {kind: 'task', key: t.key, label: t.text, number: t.number} AS to,
       'OVERSEEN_BY' AS rel, {source: r.source, lines: r.lines} AS prov
