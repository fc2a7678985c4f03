// People keyed by jurisdiction|name.
UNWIND $rows AS row
MERGE (p:Person {key: row.key})
ON CREATE SET p.name = row.name, p.jurisdiction = row.jurisdiction
WITH p, row
OPTIONAL MATCH (j:Jurisdiction {name: row.jurisdiction})
FOREACH (_ IN CASE WHEN j IS NULL THEN [] ELSE [1] END | MERGE (p)-[:IN]->(j))
