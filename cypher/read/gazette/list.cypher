// All gazettes, newest first.
MATCH (g:Gazette)
RETURN g {.key, .name, .year, .issue, .totalIssue, .publishedOn} AS gazette
ORDER BY gazette.publishedOn DESC, gazette.key
