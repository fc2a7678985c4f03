// Who signed each document, in the order printed. $keys: [document key]
UNWIND $keys AS key
MATCH (d:Document {key: key})<-[r:SIGNED]-(p:Person)
USING INDEX d:Document(key)
WITH key, p, d, r ORDER BY r.lines[0], p.name
RETURN key, collect({
  person: p {.key, .name, .jurisdiction},
  document: d {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256},
  rel: properties(r)
}) AS items
