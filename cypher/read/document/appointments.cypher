// Appointments, removals and nominations each document made. $keys: [document key]
UNWIND $keys AS key
MATCH (p:Person)-[r:APPOINTED_TO|REMOVED_FROM|NOMINATED_FOR]->(po:Post)
WHERE r.document = key
WITH key, p, po, r ORDER BY r.lines[0], p.name
RETURN key, collect({person: p {.key, .name, .jurisdiction}, post: po {.key, .title, .organization}, relation: type(r), rel: properties(r)}) AS items
