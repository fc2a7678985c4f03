// The person answering best to a name (as read/person/find ranks them)
// together with their appointments, removals and nominations (as
// read/person/posts reads them), for `person(…) { posts }`: find and posts in
// one round trip. Keep the three in step (tests/integration/api.test.ts
// compares the answers with and without this statement).
// $name: string, $jurisdiction: string or null
MATCH (p:Person {name: $name})
WHERE $jurisdiction IS NULL OR p.jurisdiction = $jurisdiction
WITH p, COUNT { (p)--() } AS degree
ORDER BY degree DESC, p.key
LIMIT 1
CALL (p) {
  MATCH (p)-[r:APPOINTED_TO|REMOVED_FROM|NOMINATED_FOR]->(po:Post)
  WITH po, r ORDER BY r.on, r.document, po.key
  RETURN collect({person: p {.key, .name, .jurisdiction}, post: po {.key, .title, .organization}, relation: type(r), rel: properties(r)}) AS items
}
RETURN p {.key, .name, .jurisdiction} AS person, items
