// A page of tasks matching every given filter (null filters are ignored).
// $leads, $organizations: [organization name] or null (already resolved from aliases)
// $role, $document, $keyword, $jurisdiction: string or null; $year: integer or null; $skip, $first
// $limit: how many matches to find. Tasks are walked in document order through
// the task_order index (no sort), so with skip + first + 1 the walk stops as
// soon as the page and whether more follow are known, and `total` is only a
// lower bound; pass a limit above the task count when totalCount is wanted.
// Items carry each task's lead units (`leads`, as read/task/leads returns them),
// so a page and its tasks' leads take one round trip. Only the page is projected.
// $provenance: false leaves the tasks' and their links' provenance (source, sha256,
// lines, and the link properties) null/empty: the API asks so when no provenance
// or mention is selected, which spares reading and sending them.
MATCH (t:Task) WHERE t.source IS NOT NULL AND t.document IS NOT NULL AND t.ordinal IS NOT NULL
WITH t ORDER BY t.source, t.document, t.ordinal
MATCH (d:Document)-[:HAS_TASK]->(t)
WHERE ($document IS NULL OR d.key = $document OR d.docNumber = $document)
  AND ($year IS NULL OR toString(d.issuedOn) STARTS WITH toString($year))
  AND ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction)
  AND ($leads IS NULL OR EXISTS { (t)-[:LED_BY]->(o:Organization) WHERE o.name IN $leads })
  AND ($organizations IS NULL OR EXISTS {
        MATCH (t)-[r:LED_BY|ASSIGNED_TO]->(o:Organization)
        WHERE o.name IN $organizations
          AND ($role IS NULL OR CASE type(r) WHEN 'LED_BY' THEN 'lead' ELSE r.role END = $role) })
  AND ($role IS NULL OR $organizations IS NOT NULL OR EXISTS {
        MATCH (t)-[r:LED_BY|ASSIGNED_TO]->(:Organization)
        WHERE CASE type(r) WHEN 'LED_BY' THEN 'lead' ELSE r.role END = $role })
  AND ($keyword IS NULL OR t.text CONTAINS $keyword)
WITH t LIMIT $limit
WITH collect(t) AS found
RETURN size(found) AS total, [t IN found[$skip..($skip + $first)] | t {.key, .number, .text, .deadline,
      source: CASE WHEN $provenance THEN t.source END, sha256: CASE WHEN $provenance THEN t.sha256 END, lines: CASE WHEN $provenance THEN t.lines END,
  leads: COLLECT {
    MATCH (t)-[r:LED_BY]->(o:Organization)
    WITH o, r ORDER BY o.name
    RETURN {organization: o {.name, .jurisdiction, .group}, role: 'lead', rel: CASE WHEN $provenance THEN properties(r) ELSE {} END}
  }}] AS items
