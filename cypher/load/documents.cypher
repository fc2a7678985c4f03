// Documents printed in this source. The printed properties are kept on
// CONTAINS; refresh-documents.cypher copies them onto the node.
UNWIND $rows AS row
MATCH (s:Source {id: $source})
MERGE (d:Document {key: row.key})
CREATE (s)-[:CONTAINS {
  docNumber: row.docNumber, title: row.title, docType: row.docType, issuedOn: row.issuedOn,
  jurisdiction: row.jurisdiction, section: row.section, page: row.page,
  body: row.body, lines: row.lines, sha256: $sha256
}]->(d)
