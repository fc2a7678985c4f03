// Jurisdictions with how many organizations and people each has.
MATCH (j:Jurisdiction)
RETURN j.name AS name, COUNT { (:Organization)-[:IN]->(j) } AS organizations, COUNT { (:Person)-[:IN]->(j) } AS people
ORDER BY name
