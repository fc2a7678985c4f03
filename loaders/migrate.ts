// Constraints and indexes (cypher/constraints.cypher, cypher/indexes.cypher),
// applied idempotently (IF NOT EXISTS) before any load.
import type { LoaderGraph } from './graph-port';

export const SCHEMA_FILES = ['constraints', 'indexes'];

export async function migrate(graph: Pick<LoaderGraph, 'runSchema'>): Promise<void> {
  for (const name of SCHEMA_FILES) await graph.runSchema(name);
}
