// Programmes announced in each document. $keys: [document key]
UNWIND $keys AS key
MATCH (g:Programme)-[:ANNOUNCED_IN]->(d:Document {key: key})
USING INDEX d:Document(key)
WITH key, g ORDER BY g.lines[0], g.key
RETURN key, collect(g {.key, .name, .kind, .year, .source, .sha256, .lines}) AS items
