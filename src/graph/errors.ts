// Graph-layer errors: every driver failure is mapped here, by code, to a typed
// error with a one-line hint. Callers never see driver text unless they ask
// for `cause`.

/** An expected graph failure: `message` and `hint` are safe to show to users. */
export class GraphError extends Error {
  constructor(
    message: string,
    readonly hint: string,
    /** Stable code for API clients (GraphQL `extensions.code`). */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }

  /** Whether the same statement may succeed if simply tried again. */
  get retriable(): boolean {
    return false;
  }
}

export class GraphUnavailableError extends GraphError {
  constructor(
    message: string,
    hint: string,
    options?: { cause?: unknown },
    /** False when retrying cannot help (e.g. the database does not exist). */
    private readonly transient = true,
  ) {
    super(message, hint, 'GRAPH_UNAVAILABLE', options);
  }

  override get retriable(): boolean {
    return this.transient;
  }
}

/** A transient server condition (deadlock, leader switch, memory pressure): try again. */
export class GraphTransientError extends GraphError {
  constructor(message: string, hint: string, options?: { cause?: unknown }) {
    super(message, hint, 'GRAPH_TRANSIENT', options);
  }

  override get retriable(): boolean {
    return true;
  }
}

export class GraphAuthError extends GraphError {
  constructor(message: string, hint: string, options?: { cause?: unknown }) {
    super(message, hint, 'GRAPH_AUTH', options);
  }
}

export class GraphTimeoutError extends GraphError {
  constructor(message: string, hint: string, options?: { cause?: unknown }) {
    super(message, hint, 'GRAPH_TIMEOUT', options);
  }
}

export class GraphConstraintError extends GraphError {
  constructor(message: string, hint: string, options?: { cause?: unknown }) {
    super(message, hint, 'GRAPH_CONSTRAINT', options);
  }
}

/** Any other failure of a statement (syntax, type, missing parameter…): a bug, not a user error. */
export class GraphQueryError extends GraphError {
  constructor(
    message: string,
    hint: string,
    /** The Neo4j status code, for logs. */
    readonly neo4jCode: string,
    options?: { cause?: unknown },
  ) {
    super(message, hint, 'GRAPH_QUERY', options);
  }
}

/** A cypher/*.cypher file the code asks for does not exist. */
export class CypherFileMissingError extends GraphError {
  constructor(readonly names: string[], dir: string) {
    super(
      `missing Cypher statement file(s): ${names.map((n) => `${n}.cypher`).join(', ')}`,
      `add them under ${dir} or fix the statement name`,
      'GRAPH_STATEMENT_MISSING',
    );
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const AUTH = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.TokenExpired',
]);

/** Maps an error thrown by neo4j-driver to a GraphError; GraphErrors pass through unchanged. */
export function mapDriverError(err: unknown, where = 'Neo4j'): GraphError {
  if (err instanceof GraphError) return err;
  const code = String((err as { code?: unknown })?.code ?? '');
  const cause = { cause: err };
  if (UNAVAILABLE.has(code) || code === 'ECONNREFUSED') {
    return new GraphUnavailableError(
      `cannot reach ${where}`,
      'check that Neo4j is running (npm run db:status) or that NEO4J_URI points to a live server',
      cause,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new GraphUnavailableError(`${where} has no such database`, 'set NEO4J_DATABASE to an existing database (Community has only "neo4j")', cause, false);
  }
  if (AUTH.has(code)) {
    return new GraphAuthError(`${where} refused the credentials`, 'check NEO4J_USER and NEO4J_PASSWORD', cause);
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new GraphTimeoutError('the query took too long and was stopped', 'narrow the query (filters, smaller limit) or try again later', cause);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new GraphConstraintError('the write would break a uniqueness or existence constraint', 'two rows share a key that must be unique; check the keys computed for this input', cause);
  }
  // Terminated and LockClientStopped are transient codes caused by a deliberate
  // stop, which a retry would only repeat (neo4j-driver makes the same exception).
  if (code.startsWith('Neo.TransientError.') && !/\.(Terminated|LockClientStopped)$/.test(code)) {
    return new GraphTransientError(`${where} could not run the query just now`, 'try again in a moment', cause);
  }
  return new GraphQueryError('a graph query failed', 'this is a bug in gazette-graph; see the server log', code || 'unknown', cause);
}
