// Programmes each organization leads. $keys: [organization name]
UNWIND $keys AS key
MATCH (o:Organization {name: key})<-[:LED_BY]-(g:Programme)
USING INDEX o:Organization(name)
WITH key, g ORDER BY g.key
RETURN key, collect(g {.key, .name, .kind, .year, .source, .sha256, .lines}) AS items
