// Recomputes an organization's aliases (every mention, sorted) and group
// flag from its ALIAS_OF relationships.
UNWIND $names AS name
MATCH (o:Organization {name: name})
CALL {
  WITH o
  OPTIONAL MATCH (a:Alias)-[:ALIAS_OF]->(o)
  WITH DISTINCT a.mention AS mention ORDER BY mention
  RETURN collect(mention) AS aliases
}
CALL {
  WITH o
  OPTIONAL MATCH (:Alias)-[r:ALIAS_OF]->(o)
  RETURN any(x IN collect(r.group) WHERE x) AS grp
}
SET o.aliases = aliases, o.group = grp
