// Recomputes every derived property of the given documents from their
// relationships, so no property depends on load order: the printed
// properties from the CONTAINS of the smallest source id; a stub's title
// from the first citation (by source, line) that gives one; the status from
// REPEALS / REPLACES (before AMENDS), latest date first, then document key.
// A document nothing refers to any more is deleted.
UNWIND $keys AS key
MATCH (d:Document {key: key})
CALL {
  WITH d
  OPTIONAL MATCH (s:Source)-[c:CONTAINS]->(d)
  WITH s, c ORDER BY s.id
  RETURN collect(c)[0] AS print, collect(s.id)[0] AS printedBy
}
CALL {
  WITH d
  OPTIONAL MATCH (:Document)-[r:CITES|REPEALS|REPLACES|AMENDS]->(d)
  WITH r ORDER BY r.source, r.lines[0], r.title
  RETURN collect(r.title)[0] AS citedTitle
}
CALL {
  WITH d
  OPTIONAL MATCH (by:Document)-[r:REPEALS|REPLACES|AMENDS]->(d)
  WITH r, by ORDER BY CASE type(r) WHEN 'AMENDS' THEN 1 ELSE 0 END, coalesce(r.on, '') DESC, by.key, type(r)
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), by: by.key, on: r.on} END)[0] AS top
}
SET d.stub = print IS NULL,
    d.source = printedBy,
    d.sha256 = print.sha256,
    d.docNumber = CASE WHEN print IS NOT NULL THEN print.docNumber
                       WHEN d.key STARTS WITH 'title:' THEN null ELSE d.key END,
    d.title = CASE WHEN print IS NOT NULL THEN print.title ELSE citedTitle END,
    d.docType = print.docType,
    d.issuedOn = print.issuedOn,
    d.jurisdiction = print.jurisdiction,
    d.section = print.section,
    d.body = print.body,
    d.lines = print.lines,
    d.status = CASE top.type WHEN 'REPEALS' THEN 'repealed' WHEN 'REPLACES' THEN 'replaced'
                             WHEN 'AMENDS' THEN 'amended' ELSE 'in_force' END,
    d.statusBy = top.by,
    d.statusOn = top.on
WITH d, print
CALL {
  WITH d, print
  WITH d WHERE print IS NULL AND NOT (d)--()
  DELETE d
  RETURN count(*) AS deleted
}
RETURN sum(deleted) AS nodesDeleted
