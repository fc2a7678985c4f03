// Posts with a title in an organization (organization already resolved from aliases).
// $organizations: [organization name]; $title: string
MATCH (po:Post {title: $title})-[:OF]->(o:Organization)
WHERE o.name IN $organizations
RETURN po {.key, .title, .organization} AS post
ORDER BY post.key
LIMIT 1
