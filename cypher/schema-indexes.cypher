// The indexes that exist (a uniqueness constraint's index has the
// constraint's name) and what each covers, so migrate runs only the
// statements that are missing and replaces an index whose definition changed.
SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint
RETURN collect({
  name: name, type: type, labelsOrTypes: labelsOrTypes, properties: properties,
  constraint: owningConstraint IS NOT NULL
}) AS indexes
