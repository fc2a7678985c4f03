// Removes every relationship the source owns (by their `source` property,
// through the relationship indexes, or through its Source node, tasks and
// programmes) and returns the nodes they touched, to be refreshed or
// checked for orphans. Tasks and programmes go in delete-source-nodes.
CALL {
  MATCH (:Source {id: $source})-[r:CONTAINS]->() RETURN r
  UNION ALL MATCH ()-[r:FROM]->(:Source {id: $source}) RETURN r
  UNION ALL MATCH (t:Task {source: $source})-[r]-() RETURN r
  UNION ALL MATCH (p:Programme {source: $source})-[r]-() RETURN r
  UNION ALL MATCH ()-[r:PUBLISHES {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:EDITS {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:SIGNED {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:ISSUED {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:ALIAS_OF {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:PART_OF {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:APPOINTED_TO {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:REMOVED_FROM {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:NOMINATED_FOR {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:PRESIDES_OVER {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:SUPERVISES {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:LIAISES_WITH {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:RESPONSIBLE_FOR {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:BACKUP_OF {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:REPEALS {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:REPLACES {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:AMENDS {source: $source}]->() RETURN r
  UNION ALL MATCH ()-[r:CITES {source: $source}]->() RETURN r
}
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b
DELETE r
WITH collect(a) + collect(b) AS touched, count(*) AS deleted
WITH [n IN touched WHERE NOT (n:Task OR n:Programme OR n:Source)] AS touched, deleted
RETURN
  deleted AS relationshipsDeleted,
  [n IN touched WHERE n:Document | n.key] AS documents,
  [n IN touched WHERE n:Organization | n.name] AS organizations,
  [n IN touched WHERE n:Gazette | n.key] AS gazettes,
  [n IN touched WHERE NOT n:Document | elementId(n)] AS candidates
