// Imported first by the CLI entry: unless told otherwise, the CLI runs as a
// production program. graphql-js reads NODE_ENV once, when it is loaded; in
// development mode every type check (isObjectType…) also guards against two
// copies of graphql, a measurable cost on each field of each request.
process.env.NODE_ENV ??= 'production';
