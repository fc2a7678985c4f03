// A page of programmes. $kind, $keyword, $jurisdiction: string or null; $year: integer or null;
// $leads: [organization name] or null; $skip, $first
MATCH (g:Programme)-[:ANNOUNCED_IN]->(d:Document)
WHERE ($kind IS NULL OR g.kind = $kind)
  AND ($year IS NULL OR g.year = $year)
  AND ($keyword IS NULL OR g.name CONTAINS $keyword)
  AND ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction)
  AND ($leads IS NULL OR EXISTS { (g)-[:LED_BY]->(o:Organization) WHERE o.name IN $leads })
WITH g ORDER BY g.key
WITH collect(g {.key, .name, .kind, .year, .source, .sha256, .lines}) AS found
RETURN size(found) AS total, found[$skip..($skip + $first)] AS items
