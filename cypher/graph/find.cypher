// Things a responsibility graph can be drawn for, answering to a name typed
// by a user: units (by canonical name or any alias, 发改局 →
// 贺兰县发展和改革局), people, documents (by number or title) and
// jurisdictions. Exact matches first, then names containing the text.
// $text: string; $kinds: [scope kind]; $limit: integer
CALL {
  MATCH (o:Organization) WHERE o.name = $text
  RETURN 'organization' AS kind, o.name AS key, o.name AS label, o.jurisdiction AS detail, 0 AS rank, COUNT { (o)--() } AS degree
  UNION
  MATCH (:Alias {mention: $text})-[:ALIAS_OF]->(o:Organization)
  RETURN 'organization' AS kind, o.name AS key, o.name AS label, o.jurisdiction AS detail, 1 AS rank, COUNT { (o)--() } AS degree
  UNION
  MATCH (o:Organization) WHERE size($text) > 1 AND o.name CONTAINS $text
  RETURN 'organization' AS kind, o.name AS key, o.name AS label, o.jurisdiction AS detail, 2 AS rank, COUNT { (o)--() } AS degree
  UNION
  MATCH (p:Person) WHERE p.name = $text OR (size($text) > 1 AND p.name CONTAINS $text)
  RETURN 'person' AS kind, p.key AS key, p.name AS label, p.jurisdiction AS detail,
         CASE WHEN p.name = $text THEN 0 ELSE 2 END AS rank, COUNT { (p)--() } AS degree
  UNION
  MATCH (d:Document) WHERE d.key = $text OR d.docNumber = $text OR (size($text) > 1 AND d.title CONTAINS $text)
  RETURN 'document' AS kind, d.key AS key, coalesce(d.docNumber, d.title) AS label, d.title AS detail,
         CASE WHEN d.title CONTAINS $text THEN 2 ELSE 0 END AS rank, COUNT { (d)--() } AS degree
  UNION
  MATCH (j:Jurisdiction) WHERE j.name = $text OR j.name CONTAINS $text
  RETURN 'jurisdiction' AS kind, j.name AS key, j.name AS label, null AS detail,
         CASE WHEN j.name = $text THEN 0 ELSE 2 END AS rank, COUNT { (j)--() } AS degree
}
WITH kind, key, label, detail, min(rank) AS rank, max(degree) AS degree
WHERE kind IN $kinds
RETURN kind, key, label, detail, rank
ORDER BY rank, degree DESC, label
LIMIT toInteger($limit)
