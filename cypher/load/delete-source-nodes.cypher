// The source's own nodes (their relationships went in delete-source).
CALL {
  MATCH (t:Task {source: $source}) DETACH DELETE t
}
CALL {
  MATCH (p:Programme {source: $source}) DETACH DELETE p
}
