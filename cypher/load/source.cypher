// The Source node of the file being loaded.
MERGE (s:Source {id: $source})
SET s.sha256 = $sha256, s.extractor = $extractor, s.path = $path, s.loadedAt = toString(datetime())
