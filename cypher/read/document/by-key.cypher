// Documents by key. $keys: [document key]
UNWIND $keys AS key
MATCH (d:Document {key: key})
USING INDEX d:Document(key)
RETURN key, d {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256} AS document
