// Tasks each person oversees. $keys: [person key]; $skip, $first
// Items carry each task's lead units (`leads`, as read/task/leads returns them),
// so a page and its tasks' leads take one round trip. Only the page is projected.
UNWIND $keys AS key
MATCH (p:Person {key: key})
USING INDEX p:Person(key)
CALL (p) {
  MATCH (t:Task)-[:OVERSEEN_BY]->(p)
  RETURN t ORDER BY t.source, t.document, t.ordinal
}
WITH key, collect(t) AS found
RETURN key, size(found) AS total, [t IN found[$skip..($skip + $first)] | t {.key, .number, .text, .deadline, .source, .sha256, .lines,
  leads: COLLECT {
    MATCH (t)-[r:LED_BY]->(o:Organization)
    WITH o, r ORDER BY o.name
    RETURN {organization: o {.name, .jurisdiction, .group}, role: 'lead', rel: properties(r)}
  }}] AS items
