// Every supersession in the lineage of one document, both directions. $key: key or number
MATCH (d:Document) WHERE d.key = $key OR d.docNumber = $key
WITH d LIMIT 1
OPTIONAL MATCH path = (d)-[:REPEALS|REPLACES|AMENDS*1..20]-(:Document)
WITH d, collect(path) AS paths
WITH d, reduce(acc = [], p IN paths | acc + [r IN relationships(p) WHERE NOT r IN acc]) AS rels
CALL (rels) {
  UNWIND rels AS r
  WITH r, startNode(r) AS new, endNode(r) AS old
  RETURN collect({relation: type(r), rel: properties(r),
    from: new {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256},
    to: old {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256}}) AS items
}
RETURN d.key AS root, items
