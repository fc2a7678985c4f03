// Names of the indexes that exist (a uniqueness constraint's index has the
// constraint's name), so migrate only runs the statements that are missing.
SHOW INDEXES YIELD name
RETURN collect(name) AS names
