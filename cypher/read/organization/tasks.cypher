// Tasks of each organization with its role: lead (LED_BY) or the ASSIGNED_TO role.
// $keys: [organization name]; $role: string or null; $skip, $first
// Only the page is projected (collecting nodes is cheaper than collecting maps).
UNWIND $keys AS key
MATCH (o:Organization {name: key})
USING INDEX o:Organization(name)
CALL (o) {
  MATCH (t:Task)-[r:LED_BY|ASSIGNED_TO]->(o)
  WITH t, r, CASE type(r) WHEN 'LED_BY' THEN 'lead' ELSE r.role END AS role
  WHERE $role IS NULL OR role = $role
  RETURN t, r, role ORDER BY t.source, t.document, t.ordinal, role
}
WITH key, collect({t: t, role: role, r: r}) AS found
CALL (found) {
  UNWIND found[$skip..($skip + $first)] AS x
  WITH x.t AS t, x.role AS role, x.r AS r
  RETURN collect({task: t {.key, .number, .text, .deadline, .source, .sha256, .lines}, role: role, rel: properties(r)}) AS items
}
RETURN key, size(found) AS total, items
