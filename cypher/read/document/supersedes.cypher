// What each document repeals, replaces or amends. $keys: [document key]
UNWIND $keys AS key
MATCH (d:Document {key: key})-[r:REPEALS|REPLACES|AMENDS]->(old:Document)
USING INDEX d:Document(key)
WITH key, d, old, r ORDER BY old.key
RETURN key, collect({relation: type(r), rel: properties(r),
  from: d {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256},
  to: old {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256}}) AS items
