// Constraints and indexes (cypher/constraints.cypher, cypher/indexes.cypher),
// applied idempotently (IF NOT EXISTS) before any load. Each statement runs
// on its own: schema changes cannot share a transaction with other writes.
import { statements } from '../src/graph/cypher';
import type { LoaderGraph } from './graph-port';

export const SCHEMA_FILES = ['constraints', 'indexes'];

export async function migrate(graph: Pick<LoaderGraph, 'write'>): Promise<{ statements: number }> {
  let count = 0;
  for (const name of SCHEMA_FILES) {
    for (const text of statements(name)) {
      await graph.write(text);
      count++;
    }
  }
  return { statements: count };
}
