// Documents each person signed, oldest first. $keys: [person key]
UNWIND $keys AS key
MATCH (p:Person {key: key})-[r:SIGNED]->(d:Document)
USING INDEX p:Person(key)
WITH key, p, d, r ORDER BY d.issuedOn, d.key
RETURN key, collect({
  person: p {.key, .name, .jurisdiction},
  document: d {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256},
  rel: properties(r)
}) AS items
