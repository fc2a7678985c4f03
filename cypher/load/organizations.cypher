// One node per canonical name; the jurisdiction is a function of the name.
UNWIND $rows AS row
MERGE (o:Organization {name: row.name})
ON CREATE SET o.jurisdiction = row.jurisdiction, o.group = false, o.aliases = []
WITH o, row
OPTIONAL MATCH (j:Jurisdiction {name: row.jurisdiction})
FOREACH (_ IN CASE WHEN j IS NULL THEN [] ELSE [1] END | MERGE (o)-[:IN]->(j))
