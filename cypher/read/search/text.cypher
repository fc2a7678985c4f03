// Full-text search over documents, tasks and programmes, best first. $text: Lucene query; $first
CALL {
  CALL db.index.fulltext.queryNodes('documentText', $text) YIELD node, score
  RETURN 'DOCUMENT' AS kind, node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('taskText', $text) YIELD node, score
  RETURN 'TASK' AS kind, node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('programmeName', $text) YIELD node, score
  RETURN 'PROGRAMME' AS kind, node, score
}
WITH kind, node, score ORDER BY score DESC LIMIT $first
RETURN kind, score,
  CASE kind WHEN 'DOCUMENT' THEN node {.key, .docNumber, .title, .docType, .issuedOn, .jurisdiction, .stub, .status, .statusBy, .statusOn, .lines, .source, .sha256} END AS document,
  CASE kind WHEN 'TASK' THEN node {.key, .number, .text, .deadline, .source, .sha256, .lines} END AS task,
  CASE kind WHEN 'PROGRAMME' THEN node {.key, .name, .kind, .year, .source, .sha256, .lines} END AS programme
