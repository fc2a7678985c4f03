// The stored checksum of a source, to skip unchanged files.
OPTIONAL MATCH (s:Source {id: $source})
RETURN s.sha256 AS sha256
