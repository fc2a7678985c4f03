// The connection to Neo4j. With NEO4J_URI set it connects there and starts
// nothing; otherwise it starts (or reuses) the local Neo4j. Only this module
// and neo4j-local import neo4j-driver.
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type QueryResult, type Session, type SessionMode } from 'neo4j-driver';
import type { Config } from '../config';
import { isStatementName, statement } from './cypher';
import { GraphError, GraphUnavailableError, mapDriverError } from './errors';
import { sendBoltWithoutDelay } from './no-delay';
import { retryRead } from './retry';
import { start } from './neo4j-local';
import { fromNeo4j, toNeo4j } from './values';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface QueryOptions {
  /** Server-side transaction timeout; exceeding it throws GraphTimeoutError. */
  timeoutMs?: number;
}

export interface QueryEvent {
  /** The statement name (`read/documents`), or null for inline Cypher. */
  name: string | null;
  cypher: string;
  params: Params;
  mode: 'READ' | 'WRITE';
  ms: number;
  rows: number;
  error: GraphError | null;
}
export type QueryListener = (event: QueryEvent) => void;

/** Runs statements inside one transaction (see Graph.writeTransaction). */
export interface GraphTx {
  run<T = Row>(query: string, params?: Params): Promise<T[]>;
}

export interface Graph {
  readonly uri: string;
  readonly database: string;
  /**
   * Runs one read statement (a cypher/ file name, or Cypher text) as an
   * auto-commit query, retried a few times on transient errors.
   */
  read<T = Row>(query: string, params?: Params, options?: QueryOptions): Promise<T[]>;
  /** Runs a statement in a write transaction. */
  write<T = Row>(query: string, params?: Params, options?: QueryOptions): Promise<T[]>;
  /** Several statements in one read transaction (one consistent snapshot). */
  readTransaction<R>(work: (tx: GraphTx) => Promise<R>, options?: QueryOptions): Promise<R>;
  /** Several statements committed atomically; `work` may be retried on transient errors. */
  writeTransaction<R>(work: (tx: GraphTx) => Promise<R>, options?: QueryOptions): Promise<R>;
  /** Calls `listener` after every statement; returns a function that unsubscribes. */
  onQuery(listener: QueryListener): () => void;
  /** Checks connectivity and credentials. */
  verify(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Progress messages while the local Neo4j is built or started. */
  log?: (line: string) => void;
}

/** Connects to NEO4J_URI, or to the local Neo4j (started when needed). */
export async function openGraph(config: Config, options: OpenOptions = {}): Promise<Graph> {
  const { user, password, database } = config.neo4j;
  const uri = config.neo4j.uri ?? (await start({ dataDir: config.dataDir, port: config.localBoltPort, user, password, log: options.log })).uri;
  const graph = new DriverGraph(connect(uri, user, password), uri, database);
  try {
    await graph.verify();
  } catch (err) {
    await graph.close();
    throw err;
  }
  return graph;
}

function connect(uri: string, user: string, password: string): Driver {
  sendBoltWithoutDelay();
  try {
    return neo4j.driver(uri, neo4j.auth.basic(user, password), { userAgent: 'gazette-graph/0.1', maxTransactionRetryTime: 15_000 });
  } catch (err) {
    throw new GraphUnavailableError(`NEO4J_URI=${uri} is not a usable Neo4j address`, 'use bolt://host:7687, neo4j://host:7687 or neo4j+s://host (Aura)', { cause: err });
  }
}

/** Driver errors become GraphErrors; errors thrown by callers' own code pass through. */
function toGraphError(err: unknown, uri: string): unknown {
  return err instanceof Neo4jError ? mapDriverError(err, `Neo4j at ${uri}`) : err;
}

class DriverGraph implements Graph {
  private readonly listeners = new Set<QueryListener>();

  constructor(
    private readonly driver: Driver,
    readonly uri: string,
    readonly database: string,
  ) {}

  // A single read runs as an auto-commit query: RUN and PULL go out in one
  // write and come back in one round trip, where a managed transaction needs
  // three (BEGIN, RUN+PULL, COMMIT). The API issues many small reads, and the
  // round trips were most of each one's time. Reads are idempotent, so the
  // retry that executeRead would give is done by retryRead.
  read<T = Row>(query: string, params: Params = {}, options?: QueryOptions): Promise<T[]> {
    const once = () => this.inSession((s) => this.run<T>((cypher, p) => withoutCallerStack(() => s.run(cypher, p, txConfig(options))), 'READ', query, params), neo4j.session.READ);
    return retryRead(once, options?.timeoutMs ?? READ_RETRY_BUDGET_MS);
  }

  write<T = Row>(query: string, params: Params = {}, options?: QueryOptions): Promise<T[]> {
    return this.writeTransaction((tx) => tx.run<T>(query, params), options);
  }

  readTransaction<R>(work: (tx: GraphTx) => Promise<R>, options?: QueryOptions): Promise<R> {
    return this.inSession((s) => s.executeRead((tx) => work(this.wrap(tx, 'READ')), txConfig(options)));
  }

  writeTransaction<R>(work: (tx: GraphTx) => Promise<R>, options?: QueryOptions): Promise<R> {
    return this.inSession((s) => s.executeWrite((tx) => work(this.wrap(tx, 'WRITE')), txConfig(options)));
  }

  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (err) {
      throw toGraphError(err, this.uri);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async inSession<R>(work: (s: Session) => Promise<R>, defaultAccessMode?: SessionMode): Promise<R> {
    const session = this.driver.session({ database: this.database, defaultAccessMode });
    try {
      return await work(session);
    } catch (err) {
      throw toGraphError(err, this.uri);
    } finally {
      await session.close();
    }
  }

  private wrap(tx: ManagedTransaction, mode: QueryEvent['mode']): GraphTx {
    return { run: <T>(query: string, params: Params = {}) => this.run<T>((cypher, p) => tx.run(cypher, p), mode, query, params) };
  }

  /** Runs one statement through `runner` (a transaction or a session), converting values and reporting it. */
  private async run<T>(runner: (cypher: string, params: Params) => Promise<QueryResult>, mode: QueryEvent['mode'], query: string, params: Params): Promise<T[]> {
    const name = isStatementName(query) ? query : null;
    const cypher = name === null ? query : statement(name);
    const began = performance.now();
    let rows: T[] = [];
    let error: GraphError | null = null;
    try {
      const result = await runner(cypher, toNeo4j(params) as Params);
      rows = result.records.map((r) => fromNeo4j(r.toObject()) as T);
      return rows;
    } catch (err) {
      const mapped = toGraphError(err, this.uri);
      if (mapped instanceof GraphError) error = mapped;
      throw err;
    } finally {
      this.emit({ name, cypher, params, mode, ms: performance.now() - began, rows: rows.length, error });
    }
  }

  private emit(event: QueryEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

/**
 * Runs `work` with stack capture off. neo4j-driver builds every result with
 * `new Error().stack`, to splice the caller's stack into a later error; that
 * was about 3% of the API's CPU. For a read the captured stack shows only this
 * file, and GraphError already names the statement, so reads skip it.
 */
function withoutCallerStack<R>(work: () => R): R {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return work();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** How long a read without its own timeout may keep retrying. */
const READ_RETRY_BUDGET_MS = 5_000;

function txConfig(options?: QueryOptions): { timeout?: number } | undefined {
  return options?.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs };
}
