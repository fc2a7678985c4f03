// A page of tasks matching every given filter (null filters are ignored).
// $leads, $organizations: [organization name] or null (already resolved from aliases)
// $role, $document, $keyword, $jurisdiction: string or null; $year: integer or null; $skip, $first
// $limit: how many matches to find. With skip + first + 1 the texts are read
// in order only until the page (and whether more follow) is known, and `total`
// is a lower bound; ask for every match when the caller wants totalCount.
// Items carry each task's lead units (`leads`, as read/task/leads returns them),
// so a page and its tasks' leads take one round trip. Only the page is projected.
MATCH (d:Document)-[:HAS_TASK]->(t:Task)
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
WITH t ORDER BY t.source, t.document, t.ordinal
// Matching text is the costly test (every text is read): done last, in order.
WHERE $keyword IS NULL OR t.text CONTAINS $keyword
LIMIT $limit
WITH collect(t) AS found
RETURN size(found) AS total, [t IN found[$skip..($skip + $first)] | t {.key, .number, .text, .deadline, .source, .sha256, .lines,
  leads: COLLECT {
    MATCH (t)-[r:LED_BY]->(o:Organization)
    WITH o, r ORDER BY o.name
    RETURN {organization: o {.name, .jurisdiction, .group, .aliases}, role: 'lead', rel: properties(r)}
  }}] AS items
