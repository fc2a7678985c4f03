// The gazette that printed each document, and on which page. $keys: [document key]
UNWIND $keys AS key
MATCH (g:Gazette)-[r:PUBLISHES]->(d:Document {key: key})
USING INDEX d:Document(key)
WITH key, g, r ORDER BY g.key
RETURN key, head(collect({gazette: g {.key, .name, .year, .issue, .totalIssue, .publishedOn}, page: r.page})) AS item
