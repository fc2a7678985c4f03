// One document by key or number together with a page of its tasks, for
// `document(…) { tasks }`: read/document/find and read/document/tasks in one
// round trip. Keep the three in step (tests/integration/api.test.ts compares
// the answers with and without this statement).
// $key: string; $skip, $first
// $provenance: false leaves the tasks' and their links' provenance (source, sha256,
// lines, and the link properties) null/empty: the API asks so when no provenance
// or mention is selected, which spares reading and sending them.
MATCH (d:Document) WHERE d.key = $key OR d.docNumber = $key
WITH d LIMIT 1
RETURN d {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256} AS document,
  COUNT { (d)-[:HAS_TASK]->() } AS total,
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
