// The organization of each post. $keys: [post key]
UNWIND $keys AS key
MATCH (po:Post {key: key})-[:OF]->(o:Organization)
USING INDEX po:Post(key)
RETURN key, o {.name, .jurisdiction, .group, .aliases} AS org
