// The gazette's properties are kept on FROM (one per source printing it);
// refresh-gazettes.cypher copies them onto the node.
UNWIND $rows AS row
MATCH (s:Source {id: $source})
MERGE (g:Gazette {key: row.key})
CREATE (g)-[:FROM {
  name: row.name, year: row.year, issue: row.issue,
  totalIssue: row.totalIssue, publishedOn: row.publishedOn,
  lines: row.lines
}]->(s)
