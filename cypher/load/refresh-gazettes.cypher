// Copies a gazette's properties from the FROM of the smallest source id.
UNWIND $keys AS key
MATCH (g:Gazette {key: key})
CALL {
  WITH g
  MATCH (g)-[f:FROM]->(s:Source)
  WITH f ORDER BY s.id
  RETURN collect(f)[0] AS f
}
WITH g, f WHERE f IS NOT NULL
SET g.name = f.name, g.year = f.year, g.issue = f.issue, g.totalIssue = f.totalIssue,
    g.publishedOn = f.publishedOn, g.lines = f.lines
