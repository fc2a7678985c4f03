// The gazette's properties are kept on FROM (one per source printing it);
// refresh-gazettes.cypher copies them onto the node.
UNWIND $rows AS row
MATCH (s:Source {id: $source})
MERGE (g:Gazette {key: row.key})
CREATE (g)-[:FROM {
  name: row.name, year: toInteger(row.year), issue: toInteger(row.issue),
  totalIssue: toInteger(row.totalIssue), publishedOn: row.publishedOn,
  lines: [x IN row.lines | toInteger(x)]
}]->(s)
