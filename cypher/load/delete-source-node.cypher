// Used when a source is removed for good (not replaced).
MATCH (s:Source {id: $source})
DETACH DELETE s
