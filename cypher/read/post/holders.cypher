// Appointment events of each post. $keys: [post key]
UNWIND $keys AS key
MATCH (p:Person)-[r:APPOINTED_TO|REMOVED_FROM|NOMINATED_FOR]->(po:Post {key: key})
USING INDEX po:Post(key)
WITH key, p, po, r ORDER BY r.on, r.document, p.key
RETURN key, collect({person: p {.key, .name, .jurisdiction}, post: po {.key, .title, .organization}, relation: type(r), rel: properties(r)}) AS items
