// Tasks of each document in text order. $keys: [document key]; $skip, $first
// Items carry each task's lead units (`leads`, as read/task/leads returns them),
// so a page and its tasks' leads take one round trip. The count comes from the
// relationship count and only the page is sorted out and projected.
UNWIND $keys AS key
MATCH (d:Document {key: key})
USING INDEX d:Document(key)
RETURN key, COUNT { (d)-[:HAS_TASK]->() } AS total,
  COLLECT {
    MATCH (d)-[:HAS_TASK]->(t:Task)
    WITH t ORDER BY t.ordinal, t.key SKIP $skip LIMIT $first
    RETURN t {.key, .number, .text, .deadline, .source, .sha256, .lines,
      leads: COLLECT {
        MATCH (t)-[r:LED_BY]->(o:Organization)
        WITH o, r ORDER BY o.name
        RETURN {organization: o {.name, .jurisdiction, .group}, role: 'lead', rel: properties(r)}
      }}
  } AS items
