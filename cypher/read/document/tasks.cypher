// Tasks of each document in text order. $keys: [document key]; $skip, $first
UNWIND $keys AS key
MATCH (d:Document {key: key})
USING INDEX d:Document(key)
CALL (d) {
  MATCH (d)-[:HAS_TASK]->(t:Task)
  RETURN t ORDER BY t.ordinal, t.key
}
WITH key, collect(t {.key, .number, .text, .deadline, .source, .sha256, .lines}) AS found
RETURN key, size(found) AS total, found[$skip..($skip + $first)] AS items
