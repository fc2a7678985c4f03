// Organizations, people, areas, aliases and gazettes left without any fact
// (IN does not count). Returns their jurisdictions for cleanup-jurisdictions.
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
  AND (n:Organization OR n:Person OR n:Area OR n:Alias OR n:Gazette)
  AND NOT EXISTS { MATCH (n)-[r]-() WHERE type(r) <> 'IN' }
OPTIONAL MATCH (n)-[:IN]->(j:Jurisdiction)
DETACH DELETE n
RETURN collect(DISTINCT elementId(j)) AS candidates, count(DISTINCT n) AS nodesDeleted, count(j) AS relationshipsDeleted
