// Where the loaded sources are on disk, to quote their lines. $ids: [source id]
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.path AS path
