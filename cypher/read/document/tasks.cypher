// Tasks of each document in text order. $keys: [document key]; $skip, $first
// Items carry each task's lead units (`leads`, as read/task/leads returns them),
// so a page and its tasks' leads take one round trip. The count comes from the
// relationship count and only the page is sorted out and projected.
// $provenance: false leaves the tasks' and their links' provenance (source, sha256,
// lines, and the link properties) null/empty: the API asks so when no provenance
// or mention is selected, which spares reading and sending them.
UNWIND $keys AS key
MATCH (d:Document {key: key})
USING INDEX d:Document(key)
RETURN key, COUNT { (d)-[:HAS_TASK]->() } AS total,
  COLLECT {
    MATCH (d)-[:HAS_TASK]->(t:Task)
    WITH t ORDER BY t.ordinal, t.key SKIP $skip LIMIT $first
    RETURN t {.key, .number, .text, .deadline,
      source: CASE WHEN $provenance THEN t.source END, sha256: CASE WHEN $provenance THEN t.sha256 END, lines: CASE WHEN $provenance THEN t.lines END,
      leads: COLLECT {
        MATCH (t)-[r:LED_BY]->(o:Organization)
        WITH o, r ORDER BY o.name
        RETURN {organization: o {.name, .jurisdiction, .group}, role: 'lead', rel: CASE WHEN $provenance THEN properties(r) ELSE {} END}
      }}
  } AS items
