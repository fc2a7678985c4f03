// APPOINTED_TO / REMOVED_FROM / NOMINATED_FOR, dated by the document.
UNWIND $rows AS row
MATCH (p:Person {key: row.person})
MATCH (t:Post {key: row.post})
FOREACH (_ IN CASE row.type WHEN 'APPOINTED_TO' THEN [1] ELSE [] END |
  CREATE (p)-[:APPOINTED_TO {on: row.on, document: row.document, source: $source, sha256: $sha256, lines: row.lines}]->(t))
FOREACH (_ IN CASE row.type WHEN 'REMOVED_FROM' THEN [1] ELSE [] END |
  CREATE (p)-[:REMOVED_FROM {on: row.on, document: row.document, source: $source, sha256: $sha256, lines: row.lines}]->(t))
FOREACH (_ IN CASE row.type WHEN 'NOMINATED_FOR' THEN [1] ELSE [] END |
  CREATE (p)-[:NOMINATED_FOR {on: row.on, document: row.document, source: $source, sha256: $sha256, lines: row.lines}]->(t))
