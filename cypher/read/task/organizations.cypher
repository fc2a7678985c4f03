// Units named on each task with their role: lead, or the ASSIGNED_TO role. $keys: [task key]
UNWIND $keys AS key
MATCH (t:Task {key: key})-[r:LED_BY|ASSIGNED_TO]->(o:Organization)
USING INDEX t:Task(key)
WITH key, o, r, CASE type(r) WHEN 'LED_BY' THEN 'lead' ELSE r.role END AS role
ORDER BY CASE role WHEN 'lead' THEN 0 WHEN 'responsible' THEN 1 ELSE 2 END, o.name
RETURN key, collect({organization: o {.name, .jurisdiction, .group}, role: role, rel: properties(r)}) AS items
