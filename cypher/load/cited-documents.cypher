// Documents this source refers to without printing them: stubs until printed.
UNWIND $rows AS row
MERGE (d:Document {key: row.key})
ON CREATE SET d.stub = true, d.docNumber = row.docNumber, d.status = 'in_force'
