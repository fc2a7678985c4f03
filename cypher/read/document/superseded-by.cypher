// Documents that repeal, replace or amend each document. $keys: [document key]
UNWIND $keys AS key
MATCH (d:Document {key: key})<-[r:REPEALS|REPLACES|AMENDS]-(new:Document)
USING INDEX d:Document(key)
WITH key, d, new, r ORDER BY new.key
RETURN key, collect({relation: type(r), rel: properties(r),
  from: new {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256},
  to: d {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256}}) AS items
