// The unit each organization is part of. $keys: [organization name]
UNWIND $keys AS key
MATCH (o:Organization {name: key})-[:PART_OF]->(p:Organization)
USING INDEX o:Organization(name)
WITH key, p ORDER BY p.name
RETURN key, head(collect(p {.name, .jurisdiction, .group, .aliases})) AS org
