// Documents each gazette prints, by page. $keys: [gazette key]
UNWIND $keys AS key
MATCH (g:Gazette {key: key})-[r:PUBLISHES]->(d:Document)
USING INDEX g:Gazette(key)
WITH key, d, r ORDER BY r.page, d.lines[0], d.key
RETURN key, collect(d {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256}) AS items
