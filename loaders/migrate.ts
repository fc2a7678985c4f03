// Constraints and indexes (cypher/constraints.cypher, cypher/indexes.cypher),
// applied idempotently (IF NOT EXISTS) before any load. Each statement runs
// on its own: schema changes cannot share a transaction with other writes.
// Statements whose index already exists as written are skipped, so a load of
// an up-to-date database pays one read, not one write per index; an index or
// constraint whose definition changed under the same name is dropped and
// created again (IF NOT EXISTS alone would keep the old one).
import { statements } from '../src/graph/cypher';
import type { LoaderGraph } from './graph-port';

export const SCHEMA_FILES = ['constraints', 'indexes'];

/** What a schema statement creates, as SHOW INDEXES describes it. */
export interface SchemaDefinition {
  name: string;
  constraint: boolean;
  /** RANGE, FULLTEXT, TEXT, POINT … (an index without a type is RANGE). */
  type: string;
  labelsOrTypes: string[];
  properties: string[];
}

/** One row of SHOW INDEXES (cypher/schema-indexes.cypher). */
export type ExistingIndex = SchemaDefinition;

const NAMED = /^CREATE\s+(CONSTRAINT|(?:(FULLTEXT|RANGE|TEXT|POINT|VECTOR|LOOKUP)\s+)?INDEX)\s+([A-Za-z_][A-Za-z0-9_]*)\s+IF\s+NOT\s+EXISTS/i;
const NODE_TARGET = /\bFOR\s*\(\s*\w*\s*:\s*([A-Za-z_]\w*)\s*\)/i;
const REL_TARGET = /\bFOR\s*\(\s*\)\s*-\s*\[\s*\w*\s*:\s*([A-Za-z_]\w*)\s*\]\s*-\s*\(\s*\)/i;
const PROPERTY = /\b[A-Za-z_]\w*\.([A-Za-z_]\w*)/g;

/** The index or constraint name a schema statement creates, or null. */
export function schemaName(statement: string): string | null {
  return NAMED.exec(statement.trim())?.[3] ?? null;
}

/** What a `CREATE … IF NOT EXISTS` statement defines, or null when it cannot be read. */
export function schemaDefinition(statement: string): SchemaDefinition | null {
  const text = statement.trim();
  const head = NAMED.exec(text);
  const target = NODE_TARGET.exec(text) ?? REL_TARGET.exec(text);
  const clause = /\b(?:ON|REQUIRE)\b([\s\S]*?)(?:\bOPTIONS\b|$)/i.exec(text.slice(target ? target.index + target[0].length : 0));
  if (!head || !target || !clause) return null;
  const properties = [...(clause[1] ?? '').matchAll(PROPERTY)].map((m) => m[1] as string);
  if (properties.length === 0) return null;
  const constraint = /^CONSTRAINT$/i.test(head[1] ?? '');
  return { name: head[3] as string, constraint, type: constraint ? 'RANGE' : (head[2] ?? 'RANGE').toUpperCase(), labelsOrTypes: [target[1] as string], properties };
}

/** Whether an existing index already is what the statement defines. */
export function sameDefinition(existing: ExistingIndex, wanted: SchemaDefinition): boolean {
  return existing.constraint === wanted.constraint && existing.type === wanted.type
    && existing.labelsOrTypes.join('\u0000') === wanted.labelsOrTypes.join('\u0000')
    && existing.properties.join('\u0000') === wanted.properties.join('\u0000');
}

export interface MigrateResult {
  statements: number;
  /** Statements run (missing or replaced). */
  applied: number;
  /** Names of indexes and constraints dropped because their definition changed. */
  replaced: string[];
}

export async function migrate(graph: Pick<LoaderGraph, 'write' | 'read'>): Promise<MigrateResult> {
  const [row] = await graph.read<{ indexes: ExistingIndex[] }>('schema-indexes');
  const existing = new Map((row?.indexes ?? []).map((i) => [i.name, i]));
  const result: MigrateResult = { statements: 0, applied: 0, replaced: [] };
  for (const file of SCHEMA_FILES) {
    for (const text of statements(file)) {
      result.statements++;
      const name = schemaName(text);
      const found = name ? existing.get(name) : undefined;
      if (found) {
        const wanted = schemaDefinition(text);
        if (!wanted || sameDefinition(found, wanted)) continue;
        await graph.write(found.constraint ? 'drop-constraint' : 'drop-index', { name: found.name });
        result.replaced.push(found.name);
      }
      await graph.write(text);
      result.applied++;
    }
  }
  return result;
}
