// Each person's appointments, removals and nominations over time. $keys: [person key]
UNWIND $keys AS key
MATCH (p:Person {key: key})-[r:APPOINTED_TO|REMOVED_FROM|NOMINATED_FOR]->(po:Post)
USING INDEX p:Person(key)
WITH key, p, po, r ORDER BY r.on, r.document, po.key
RETURN key, collect({person: p {.key, .name, .jurisdiction}, post: po {.key, .title, .organization}, relation: type(r), rel: properties(r)}) AS items
