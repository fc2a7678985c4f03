// A page of documents matching every given filter, newest first.
// $issuers: [organization name] or null (resolved from aliases); $jurisdiction, $docType, $status, $keyword: string or null
// $year: integer or null; $inForceOn: 'YYYY-MM-DD' or null (issued by then and not repealed/replaced by then); $skip, $first
MATCH (d:Document)
WHERE ($issuers IS NULL OR EXISTS { (o:Organization)-[:ISSUED]->(d) WHERE o.name IN $issuers })
  AND ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction)
  AND ($year IS NULL OR toString(d.issuedOn) STARTS WITH toString($year))
  AND ($docType IS NULL OR d.docType = $docType)
  AND ($status IS NULL OR d.status = $status)
  AND ($keyword IS NULL OR d.title CONTAINS $keyword OR d.body CONTAINS $keyword)
  AND ($inForceOn IS NULL OR (
        coalesce(d.stub, false) = false
        AND (d.issuedOn IS NULL OR toString(d.issuedOn) <= $inForceOn)
        AND NOT EXISTS {
          MATCH (n:Document)-[:REPEALS|REPLACES]->(d)
          WHERE n.issuedOn IS NULL OR toString(n.issuedOn) <= $inForceOn }))
WITH d ORDER BY d.issuedOn DESC, d.key
WITH collect(d {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256}) AS found
RETURN size(found) AS total, found[$skip..($skip + $first)] AS items
