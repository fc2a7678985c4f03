// Units that are part of each organization. $keys: [organization name]
UNWIND $keys AS key
MATCH (o:Organization {name: key})<-[:PART_OF]-(s:Organization)
USING INDEX o:Organization(name)
WITH key, s ORDER BY s.name
RETURN key, collect(s {.name, .jurisdiction, .group, .aliases}) AS items
