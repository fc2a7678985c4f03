// Issuers of each document. $keys: [document key]
UNWIND $keys AS key
MATCH (o:Organization)-[r:ISSUED]->(d:Document {key: key})
USING INDEX d:Document(key)
WITH key, o, r ORDER BY o.name
RETURN key, collect({organization: o {.name, .jurisdiction, .group}, rel: properties(r)}) AS items
