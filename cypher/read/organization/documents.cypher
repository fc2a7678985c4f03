// Documents each organization issued, newest first. $keys: [organization name]; $skip, $first
UNWIND $keys AS key
MATCH (o:Organization {name: key})
USING INDEX o:Organization(name)
CALL (o) {
  MATCH (o)-[r:ISSUED]->(d:Document)
  RETURN d, r ORDER BY d.issuedOn DESC, d.key
}
WITH key, collect({document: d {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256}, rel: properties(r)}) AS found
RETURN key, size(found) AS total, found[$skip..($skip + $first)] AS items
