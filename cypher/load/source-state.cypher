// What is stored for a source: its checksum and the extractor that made its
// facts, to skip files that neither changed nor need extracting again.
OPTIONAL MATCH (s:Source {id: $source})
RETURN s.sha256 AS sha256, s.extractor AS extractor
