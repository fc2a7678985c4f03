UNWIND $rows AS row
MERGE (a:Area {key: row.key})
ON CREATE SET a.name = row.name
