// The organization of each post. $keys: [post key]
UNWIND $keys AS key
MATCH (po:Post {key: key})-[:OF]->(o:Organization)
RETURN key, o {.name, .jurisdiction, .group, .aliases} AS org
