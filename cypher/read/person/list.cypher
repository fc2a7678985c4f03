// A page of people. $jurisdiction, $nameContains: string or null; $organizations: [organization name] or null; $skip, $first
MATCH (p:Person)
WHERE ($jurisdiction IS NULL OR p.jurisdiction = $jurisdiction)
  AND ($nameContains IS NULL OR p.name CONTAINS $nameContains)
  AND ($organizations IS NULL OR EXISTS { (p)-[]->(:Post)-[:OF]->(o:Organization) WHERE o.name IN $organizations }
       OR EXISTS { (p)-[:PRESIDES_OVER|SUPERVISES|LIAISES_WITH]->(o:Organization) WHERE o.name IN $organizations })
WITH p ORDER BY p.key
WITH collect(p {.key, .name, .jurisdiction}) AS found
RETURN size(found) AS total, found[$skip..($skip + $first)] AS items
