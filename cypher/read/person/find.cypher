// People by name, in a jurisdiction when given. $name: string; $jurisdiction: string or null
MATCH (p:Person {name: $name})
WHERE $jurisdiction IS NULL OR p.jurisdiction = $jurisdiction
RETURN p {.key, .name, .jurisdiction} AS person, COUNT { (p)--() } AS degree
ORDER BY degree DESC, person.key
LIMIT 10
