// Around one unit: the leaders who preside over, supervise or liaise with it,
// and its sub-units down to $depth levels (each with its own leaders).
// $name: organization name; $depth: integer 0..5
MATCH (root:Organization {name: $name})
OPTIONAL MATCH path = (sub:Organization)-[:PART_OF*1..5]->(root)
WITH root, [p IN collect(path) WHERE length(p) <= $depth] AS paths
WITH root, paths, [root] + [p IN paths | nodes(p)[0]] AS units
UNWIND units AS o
MATCH (o)<-[r:PRESIDES_OVER|SUPERVISES|LIAISES_WITH]-(p:Person)
RETURN
  {kind: 'person', key: p.key, label: p.name} AS from,
  {kind: 'organization', key: o.name, label: o.name} AS to,
  toLower(type(r)) AS rel,
  {source: r.source, lines: r.lines} AS prov
UNION
MATCH path = (sub:Organization)-[:PART_OF*1..5]->(:Organization {name: $name})
WHERE length(path) <= $depth
WITH relationships(path)[0] AS r, sub, nodes(path)[1] AS parent
RETURN
  {kind: 'organization', key: sub.name, label: sub.name} AS from,
  {kind: 'organization', key: parent.name, label: parent.name} AS to,
  'part_of' AS rel,
  {source: r.source, lines: r.lines} AS prov
UNION
MATCH (:Organization {name: $name})-[r:PART_OF]->(parent:Organization)
RETURN
  {kind: 'organization', key: $name, label: $name} AS from,
  {kind: 'organization', key: parent.name, label: parent.name} AS to,
  'part_of' AS rel,
  {source: r.source, lines: r.lines} AS prov
