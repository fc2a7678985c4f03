// Leaders responsible for each task. $keys: [task key]
UNWIND $keys AS key
MATCH (t:Task {key: key})-[r:OVERSEEN_BY]->(p:Person)
USING INDEX t:Task(key)
WITH key, p, r ORDER BY p.name
RETURN key, collect({person: p {.key, .name, .jurisdiction}, rel: properties(r)}) AS items
