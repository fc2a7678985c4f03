// Posts nobody holds any more; returns their organizations for cleanup-entities.
UNWIND $ids AS id
MATCH (p:Post) WHERE elementId(p) = id
  AND NOT (p)<-[:APPOINTED_TO|REMOVED_FROM|NOMINATED_FOR]-()
OPTIONAL MATCH (p)-[:OF]->(o:Organization)
DETACH DELETE p
RETURN collect(DISTINCT elementId(o)) AS candidates, count(DISTINCT p) AS nodesDeleted, count(o) AS relationshipsDeleted
