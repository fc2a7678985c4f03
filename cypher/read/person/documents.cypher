// Documents in which each person is named: those that appointed, removed or
// nominated them or gave them a portfolio, those they signed, and those whose
// tasks they oversee. $keys: [person key]
UNWIND $keys AS key
MATCH (p:Person {key: key})
USING INDEX p:Person(key)
CALL (p) {
  MATCH (p)-[r]->() WHERE r.document IS NOT NULL
  MATCH (d:Document {key: r.document}) RETURN d
  UNION
  MATCH (p)-[:SIGNED]->(d:Document) RETURN d
  UNION
  MATCH (d:Document)-[:HAS_TASK]->(:Task)-[:OVERSEEN_BY]->(p) RETURN d
}
WITH key, d ORDER BY d.issuedOn, d.key
RETURN key, collect(d {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256}) AS items
