// Units leading each programme. $keys: [programme key]
UNWIND $keys AS key
MATCH (g:Programme {key: key})-[r:LED_BY]->(o:Organization)
USING INDEX g:Programme(key)
WITH key, o, r ORDER BY o.name
RETURN key, collect({organization: o {.name, .jurisdiction, .group}, role: 'lead', rel: properties(r)}) AS items
