// The source's own nodes (their relationships went in delete-source).
CALL {
  MATCH (t:Task {source: $source}) DETACH DELETE t RETURN count(*) AS tasks
}
CALL {
  MATCH (p:Programme {source: $source}) DETACH DELETE p RETURN count(*) AS programmes
}
RETURN tasks + programmes AS nodesDeleted
