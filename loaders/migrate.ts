// Constraints and indexes (cypher/constraints.cypher, cypher/indexes.cypher),
// applied idempotently (IF NOT EXISTS) before any load. Each statement runs
// on its own: schema changes cannot share a transaction with other writes.
// Statements whose index already exists are skipped, so a load of an
// up-to-date database pays one read, not one write per index.
import { statements } from '../src/graph/cypher';
import type { LoaderGraph } from './graph-port';

export const SCHEMA_FILES = ['constraints', 'indexes'];

const NAMED = /^CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+)?INDEX)\s+([A-Za-z_][A-Za-z0-9_]*)\s+IF\s+NOT\s+EXISTS/i;

/** The index or constraint name a schema statement creates, or null. */
export function schemaName(statement: string): string | null {
  return NAMED.exec(statement.trim())?.[1] ?? null;
}

export async function migrate(graph: Pick<LoaderGraph, 'write' | 'read'>): Promise<{ statements: number; applied: number }> {
  const [row] = await graph.read<{ names: string[] }>('schema-names');
  const existing = new Set(row?.names ?? []);
  let count = 0;
  let applied = 0;
  for (const name of SCHEMA_FILES) {
    for (const text of statements(name)) {
      count++;
      const created = schemaName(text);
      if (created && existing.has(created)) continue;
      await graph.write(text);
      applied++;
    }
  }
  return { statements: count, applied };
}
