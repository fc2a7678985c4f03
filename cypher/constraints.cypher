// One uniqueness constraint per node key (see README.md). Applied by
// `gazette-graph db migrate` and by the loader at start; idempotent.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT gazette_key IF NOT EXISTS FOR (n:Gazette) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_name IF NOT EXISTS FOR (n:Organization) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (n:Alias) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT jurisdiction_name IF NOT EXISTS FOR (n:Jurisdiction) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT post_key IF NOT EXISTS FOR (n:Post) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT task_key IF NOT EXISTS FOR (n:Task) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT programme_key IF NOT EXISTS FOR (n:Programme) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT area_key IF NOT EXISTS FOR (n:Area) REQUIRE n.key IS UNIQUE;
