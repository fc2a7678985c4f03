// Tasks of each organization with its role: lead (LED_BY) or the ASSIGNED_TO role.
// $keys: [organization name]; $role: string or null; $skip, $first
// Only the page is projected (collecting nodes is cheaper than collecting maps).
// $provenance: false leaves the tasks' and their links' provenance (source, sha256,
// lines, and the link properties) null/empty: the API asks so when no provenance
// or mention is selected, which spares reading and sending them.
UNWIND $keys AS key
MATCH (o:Organization {name: key})
USING INDEX o:Organization(name)
// One branch per relationship type, so a role reads only its own relationships.
CALL (o) {
  MATCH (t:Task)-[r:LED_BY]->(o) WHERE $role IS NULL OR $role = 'lead'
  RETURN t, r, 'lead' AS role
  UNION ALL
  // ASSIGNED_TO roles are responsible or cooperating, never lead: a lead page skips them.
  MATCH (t:Task)-[r:ASSIGNED_TO]->(o) WHERE ($role IS NULL OR $role <> 'lead') AND ($role IS NULL OR r.role = $role)
  RETURN t, r, r.role AS role
}
WITH key, t, r, role ORDER BY key, t.source, t.document, t.ordinal, role
WITH key, collect({t: t, role: role, r: r}) AS found
CALL (found) {
  UNWIND found[$skip..($skip + $first)] AS x
  WITH x.t AS t, x.role AS role, x.r AS r
  RETURN collect({
    task: t {.key, .number, .text, .deadline,
      source: CASE WHEN $provenance THEN t.source END, sha256: CASE WHEN $provenance THEN t.sha256 END, lines: CASE WHEN $provenance THEN t.lines END},
    role: role, rel: CASE WHEN $provenance THEN properties(r) ELSE {} END}) AS items
}
RETURN key, size(found) AS total, items
