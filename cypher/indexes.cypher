// Indexes the loader and the API need besides the key constraints. Applied
// by `gazette-graph db migrate` and by the loader at start; idempotent.

// Full-text search (the API's `search`), with the CJK analyzer.
CREATE FULLTEXT INDEX documentText IF NOT EXISTS FOR (n:Document) ON EACH [n.title, n.body]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX taskText IF NOT EXISTS FOR (n:Task) ON EACH [n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX programmeName IF NOT EXISTS FOR (n:Programme) ON EACH [n.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Lookups.
CREATE INDEX alias_mention IF NOT EXISTS FOR (n:Alias) ON (n.mention);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX document_docNumber IF NOT EXISTS FOR (n:Document) ON (n.docNumber);
CREATE INDEX document_title IF NOT EXISTS FOR (n:Document) ON (n.title);
CREATE INDEX document_status IF NOT EXISTS FOR (n:Document) ON (n.status);
CREATE INDEX document_issuedOn IF NOT EXISTS FOR (n:Document) ON (n.issuedOn);
CREATE INDEX organization_jurisdiction IF NOT EXISTS FOR (n:Organization) ON (n.jurisdiction);
CREATE INDEX post_title IF NOT EXISTS FOR (n:Post) ON (n.title);
CREATE INDEX programme_name IF NOT EXISTS FOR (n:Programme) ON (n.name);
CREATE INDEX gazette_year IF NOT EXISTS FOR (n:Gazette) ON (n.year);
// Tasks in document order (read/task/list walks it instead of sorting).
CREATE INDEX task_order IF NOT EXISTS FOR (n:Task) ON (n.source, n.document, n.ordinal);

// What a source owns, found by its `source` property (replacing a source).
CREATE INDEX task_source IF NOT EXISTS FOR (n:Task) ON (n.source);
CREATE INDEX programme_source IF NOT EXISTS FOR (n:Programme) ON (n.source);
CREATE INDEX publishes_source IF NOT EXISTS FOR ()-[r:PUBLISHES]-() ON (r.source);
CREATE INDEX edits_source IF NOT EXISTS FOR ()-[r:EDITS]-() ON (r.source);
CREATE INDEX signed_source IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.source);
CREATE INDEX issued_source IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.source);
CREATE INDEX alias_of_source IF NOT EXISTS FOR ()-[r:ALIAS_OF]-() ON (r.source);
CREATE INDEX part_of_source IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.source);
CREATE INDEX appointed_to_source IF NOT EXISTS FOR ()-[r:APPOINTED_TO]-() ON (r.source);
CREATE INDEX removed_from_source IF NOT EXISTS FOR ()-[r:REMOVED_FROM]-() ON (r.source);
CREATE INDEX nominated_for_source IF NOT EXISTS FOR ()-[r:NOMINATED_FOR]-() ON (r.source);
CREATE INDEX presides_over_source IF NOT EXISTS FOR ()-[r:PRESIDES_OVER]-() ON (r.source);
CREATE INDEX supervises_source IF NOT EXISTS FOR ()-[r:SUPERVISES]-() ON (r.source);
CREATE INDEX liaises_with_source IF NOT EXISTS FOR ()-[r:LIAISES_WITH]-() ON (r.source);
CREATE INDEX responsible_for_source IF NOT EXISTS FOR ()-[r:RESPONSIBLE_FOR]-() ON (r.source);
CREATE INDEX backup_of_source IF NOT EXISTS FOR ()-[r:BACKUP_OF]-() ON (r.source);
CREATE INDEX repeals_source IF NOT EXISTS FOR ()-[r:REPEALS]-() ON (r.source);
CREATE INDEX replaces_source IF NOT EXISTS FOR ()-[r:REPLACES]-() ON (r.source);
CREATE INDEX amends_source IF NOT EXISTS FOR ()-[r:AMENDS]-() ON (r.source);
CREATE INDEX cites_source IF NOT EXISTS FOR ()-[r:CITES]-() ON (r.source);
