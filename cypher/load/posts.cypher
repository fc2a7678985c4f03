// Posts keyed by organization|title (or jurisdiction|title).
UNWIND $rows AS row
MERGE (p:Post {key: row.key})
ON CREATE SET p.title = row.title, p.organization = row.organization
WITH p, row
OPTIONAL MATCH (o:Organization {name: row.organization})
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (p)-[:OF]->(o))
