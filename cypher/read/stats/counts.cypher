// Node counts by label and relationship counts by type.
CALL {
  MATCH (n) UNWIND labels(n) AS kind RETURN kind, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() RETURN type(r) AS kind, count(*) AS count
}
RETURN kind, count ORDER BY kind
