// Tasks each person oversees. $keys: [person key]; $skip, $first
UNWIND $keys AS key
MATCH (p:Person {key: key})
USING INDEX p:Person(key)
CALL (p) {
  MATCH (t:Task)-[:OVERSEEN_BY]->(p)
  RETURN t ORDER BY t.source, t.document, t.ordinal
}
WITH key, collect(t {.key, .number, .text, .deadline, .source, .sha256, .lines}) AS found
RETURN key, size(found) AS total, found[$skip..($skip + $first)] AS items
