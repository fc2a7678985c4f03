// Organizations answering to a name: the canonical name itself, the name with
// the jurisdiction spelled out, or any alias seen in the text. Best first.
// $name: string, $jurisdiction: string or null
CALL {
  MATCH (o:Organization) WHERE o.name = $name OR ($jurisdiction IS NOT NULL AND o.name = $jurisdiction + $name)
  RETURN o, 0 AS rank
  UNION
  MATCH (a:Alias {mention: $name})-[:ALIAS_OF]->(o:Organization)
  WHERE $jurisdiction IS NULL OR a.jurisdiction = $jurisdiction
  RETURN o, 1 AS rank
}
WITH o, min(rank) AS rank
WHERE $jurisdiction IS NULL OR o.jurisdiction = $jurisdiction OR o.name STARTS WITH $jurisdiction
RETURN o {.name, .jurisdiction, .group, .aliases} AS org, rank, COUNT { (o)--() } AS degree
ORDER BY rank, degree DESC, org.name
LIMIT 10
