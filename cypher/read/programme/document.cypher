// The document announcing each programme. $keys: [programme key]
UNWIND $keys AS key
MATCH (g:Programme {key: key})-[:ANNOUNCED_IN]->(d:Document)
USING INDEX g:Programme(key)
RETURN key, d {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256} AS document
