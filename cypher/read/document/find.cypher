// One document by key or number. $key: string
MATCH (d:Document) WHERE d.key = $key OR d.docNumber = $key
RETURN d {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256} AS document
LIMIT 1
