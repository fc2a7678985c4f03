// A page of supersessions. $relation: 'REPEALS'|'REPLACES'|'AMENDS' or null;
// $document: key or number of either side, or null; $jurisdiction: string or null; $skip, $first
MATCH (new:Document)-[r:REPEALS|REPLACES|AMENDS]->(old:Document)
WHERE ($relation IS NULL OR type(r) = $relation)
  AND ($document IS NULL OR $document IN [new.key, new.docNumber, old.key, old.docNumber])
  AND ($jurisdiction IS NULL OR new.jurisdiction = $jurisdiction)
WITH new, old, r ORDER BY new.issuedOn DESC, new.key, old.key
WITH collect({relation: type(r), rel: properties(r),
  from: new {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256},
  to: old {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256}}) AS found
RETURN size(found) AS total, found[$skip..($skip + $first)] AS items
