// Organizations by canonical name. $keys: [name]
UNWIND $keys AS key
MATCH (o:Organization {name: key})
USING INDEX o:Organization(name)
RETURN key, o {.name, .jurisdiction, .group, .aliases} AS org
