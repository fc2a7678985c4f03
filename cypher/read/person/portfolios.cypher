// What each person presides over, supervises, liaises with, is responsible for or backs up. $keys: [person key]
UNWIND $keys AS key
MATCH (p:Person {key: key})-[r:PRESIDES_OVER|SUPERVISES|LIAISES_WITH|RESPONSIBLE_FOR|BACKUP_OF]->(x)
USING INDEX p:Person(key)
WITH key, p, r, x ORDER BY type(r), coalesce(x.name, x.key)
RETURN key, collect({person: p {.key, .name, .jurisdiction}, relation: type(r), rel: properties(r),
  organization: CASE WHEN x:Organization THEN x {.name, .jurisdiction, .group, .aliases} END,
  area: CASE WHEN x:Area THEN x.name END,
  other: CASE WHEN x:Person THEN x {.key, .name, .jurisdiction} END}) AS items
