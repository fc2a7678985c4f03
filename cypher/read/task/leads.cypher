// Lead units (LED_BY) of each task. $keys: [task key]
UNWIND $keys AS key
MATCH (t:Task {key: key})
USING INDEX t:Task(key)
MATCH (t)-[r:LED_BY]->(o:Organization)
WITH key, o, r ORDER BY o.name
RETURN key, collect({organization: o {.name, .jurisdiction, .group}, role: 'lead', rel: properties(r)}) AS items
