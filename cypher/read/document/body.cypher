// Body text of each document. $keys: [document key]
UNWIND $keys AS key
MATCH (d:Document {key: key})
USING INDEX d:Document(key)
RETURN key, d.body AS body
