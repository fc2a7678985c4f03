// Builders for the three reader shapes: a batch of lists keyed by parent,
// a batch of single values keyed by parent, and one page of a filtered list.
// Every batch runs one statement with `UNWIND $keys` and answers in key order.
import { byKey, rows, type ReadGraph, type ReadOptions, type Row } from './run';
import type { Page, PageArgs } from './shapes';

export type BatchReader<T, A = object> = (graph: ReadGraph, keys: readonly string[], args?: A, options?: ReadOptions) => Promise<T[]>;

/** Statement returns `key, items` (a list per key). */
export function listBatch<T, A extends object = object>(statement: string): BatchReader<T[], A> {
  return async (graph, keys, args, options) =>
    byKey(keys, await rows(graph, statement, { ...args, keys }, options), (r) => r.items as T[], () => []);
}

/** Statement returns `key, <column>` (at most one value per key). */
export function oneBatch<T, A extends object = object>(statement: string, column: string): BatchReader<T | null, A> {
  return async (graph, keys, args, options) =>
    byKey(keys, await rows(graph, statement, { ...args, keys }, options), (r) => (r[column] ?? null) as T | null, () => null);
}

/** Statement returns `key, total, items` (a page of a list per key). */
export function pageBatch<T, A extends object = object>(statement: string): BatchReader<Page<T>, A & PageArgs> {
  return async (graph, keys, args, options) =>
    byKey(keys, await rows(graph, statement, { ...args, keys }, options), (r) => pageOf<T>(r), () => ({ total: 0, items: [] }));
}

/** Statement returns one row `total, items`. */
export async function page<T>(graph: ReadGraph, statement: string, params: Row & PageArgs, options?: ReadOptions): Promise<Page<T>> {
  const [row] = await rows(graph, statement, params, options);
  return row ? pageOf<T>(row) : { total: 0, items: [] };
}

function pageOf<T>(row: Row): Page<T> {
  return { total: Number(row.total ?? 0), items: (row.items as T[]) ?? [] };
}
