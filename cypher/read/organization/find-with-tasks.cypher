// The organization answering best to a name (as read/organization/find ranks
// them) together with a page of its tasks in one role, for
// `organization(…) { ledTasks }`: find and read/organization/tasks in one
// round trip. Keep the three in step (tests/integration/api.test.ts compares
// the answers with and without this statement).
// $name: string, $jurisdiction: string or null; $role: string or null; $skip, $first
// $provenance: false leaves the tasks' and their links' provenance (source, sha256,
// lines, and the link properties) null/empty: the API asks so when no provenance
// or mention is selected, which spares reading and sending them.
CALL {
  MATCH (o:Organization) WHERE o.name = $name OR ($jurisdiction IS NOT NULL AND o.name = $jurisdiction + $name)
  RETURN o, 0 AS rank
  UNION
  MATCH (a:Alias {mention: $name})-[:ALIAS_OF]->(o:Organization)
  WHERE $jurisdiction IS NULL OR a.jurisdiction = $jurisdiction
  RETURN o, 1 AS rank
}
WITH o, min(rank) AS rank
WHERE $jurisdiction IS NULL OR o.jurisdiction = $jurisdiction OR o.name STARTS WITH $jurisdiction
WITH o, rank, COUNT { (o)--() } AS degree
ORDER BY rank, degree DESC, o.name
LIMIT 1
WITH o, COLLECT {
  // One branch per relationship type, so a role reads only its own relationships.
  CALL (o) {
    MATCH (t:Task)-[r:LED_BY]->(o) WHERE $role IS NULL OR $role = 'lead'
    RETURN t, r, 'lead' AS role
    UNION ALL
    // ASSIGNED_TO roles are responsible or cooperating, never lead: a lead page skips them.
    MATCH (t:Task)-[r:ASSIGNED_TO]->(o) WHERE ($role IS NULL OR $role <> 'lead') AND ($role IS NULL OR r.role = $role)
    RETURN t, r, r.role AS role
  }
  WITH t, r, role ORDER BY t.source, t.document, t.ordinal, role
  RETURN {t: t, role: role, r: r}
} AS found
CALL (found) {
  UNWIND found[$skip..($skip + $first)] AS x
  WITH x.t AS t, x.role AS role, x.r AS r
  RETURN collect({
    task: t {.key, .number, .text, .deadline,
      source: CASE WHEN $provenance THEN t.source END, sha256: CASE WHEN $provenance THEN t.sha256 END, lines: CASE WHEN $provenance THEN t.lines END},
    role: role, rel: CASE WHEN $provenance THEN properties(r) ELSE {} END}) AS items
}
RETURN o {.name, .jurisdiction, .group, .aliases} AS org, size(found) AS total, items
