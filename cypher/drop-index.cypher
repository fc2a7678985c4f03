// Drops an index by name (migrate, before creating it with a new definition).
DROP INDEX $name IF EXISTS
