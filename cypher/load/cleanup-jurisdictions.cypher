UNWIND $ids AS id
MATCH (j:Jurisdiction) WHERE elementId(j) = id AND NOT (j)--()
DELETE j
RETURN count(j) AS nodesDeleted
