// A page of organizations. $jurisdiction, $nameContains: string or null; $skip, $first
MATCH (o:Organization)
WHERE ($jurisdiction IS NULL OR o.jurisdiction = $jurisdiction)
  AND ($nameContains IS NULL OR o.name CONTAINS $nameContains)
WITH o ORDER BY o.name
WITH collect(o {.name, .jurisdiction, .group, .aliases}) AS found
RETURN size(found) AS total, found[$skip..($skip + $first)] AS items
