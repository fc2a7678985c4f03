// Leaders who preside over, supervise or liaise with each organization. $keys: [organization name]
UNWIND $keys AS key
MATCH (o:Organization {name: key})<-[r:PRESIDES_OVER|SUPERVISES|LIAISES_WITH]-(p:Person)
USING INDEX o:Organization(name)
WITH key, p, r ORDER BY type(r), p.name
RETURN key, collect({person: p {.key, .name, .jurisdiction}, relation: type(r), rel: properties(r)}) AS items
