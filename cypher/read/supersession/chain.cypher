// Every supersession in the lineage of one document, both directions. $key: key or number
MATCH (d:Document) WHERE d.key = $key OR d.docNumber = $key
WITH d LIMIT 1
OPTIONAL MATCH path = (d)-[:REPEALS|REPLACES|AMENDS*1..20]-(:Document)
WITH d, collect(path) AS paths
WITH d, reduce(acc = [], p IN paths | acc + [r IN relationships(p) WHERE NOT r IN acc]) AS rels
RETURN d.key AS root, [r IN rels | {relation: type(r), rel: properties(r),
  from: startNode(r) {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256},
  to: endNode(r) {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256}}] AS items
