// The document each task belongs to. $keys: [task key]
UNWIND $keys AS key
MATCH (d:Document)-[:HAS_TASK]->(t:Task {key: key})
USING INDEX t:Task(key)
RETURN key, d {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256} AS document
