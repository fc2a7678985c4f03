// Posts of each organization. $keys: [organization name]
UNWIND $keys AS key
MATCH (o:Organization {name: key})<-[:OF]-(po:Post)
USING INDEX o:Organization(name)
WITH key, po ORDER BY po.title
RETURN key, collect(po {.key, .title, .organization}) AS items
