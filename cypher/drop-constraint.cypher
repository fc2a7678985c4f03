// Drops a constraint and its index by name (migrate, before creating it anew).
DROP CONSTRAINT $name IF EXISTS
