// The one way readers reach the database: a named Cypher file, parameters,
// and the request's time budget. The driver layer (../driver.ts) already
// hands back plain JSON values (numbers, ISO date strings, property maps).
import type { Graph } from '../driver';

/** What a reader needs from the graph handle. */
export type ReadGraph = Pick<Graph, 'read'>;

export interface ReadOptions {
  /** Time left for the request, passed to Neo4j as the transaction timeout. */
  timeoutMs?: number;
}

export type Row = Record<string, unknown>;

export function rows(graph: ReadGraph, statement: string, params: Row, options: ReadOptions = {}): Promise<Row[]> {
  return graph.read<Row>(statement, params, options.timeoutMs ? { timeoutMs: Math.ceil(options.timeoutMs) } : undefined);
}

/** Groups batch rows by their `key` column, in the order of `keys`. */
export function byKey<T>(keys: readonly string[], result: Row[], pick: (row: Row) => T, empty: () => T): T[] {
  const map = new Map<string, T>();
  for (const row of result) map.set(String(row.key), pick(row));
  return keys.map((k) => map.get(k) ?? empty());
}
