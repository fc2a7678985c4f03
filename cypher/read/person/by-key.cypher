// People by key. $keys: [person key]
UNWIND $keys AS key
MATCH (p:Person {key: key})
USING INDEX p:Person(key)
RETURN key, p {.key, .name, .jurisdiction} AS person
