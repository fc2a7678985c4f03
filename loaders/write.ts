// Writes one source inside one transaction: delete what it owned (when it
// was loaded before), write its rows with one UNWIND statement per array,
// then recompute the shared nodes it touched and remove orphans. The
// caller supplies the transaction, so a failure anywhere rolls all back.
import type { GraphTx } from '../src/graph/driver';
import type { LoadRows } from './row-types';

/**
 * Nodes and relationships created and deleted by a source's transaction.
 * Deletions are counted by the statements that delete; creations are the
 * change in the store's counts plus the deletions (all inside the transaction).
 */
export interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export function zeroCounters(): Counters {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
}

export function addCounters(into: Counters, c: Counters): Counters {
  into.nodesCreated += c.nodesCreated;
  into.nodesDeleted += c.nodesDeleted;
  into.relationshipsCreated += c.relationshipsCreated;
  into.relationshipsDeleted += c.relationshipsDeleted;
  return into;
}

export type StatementTx = GraphTx;

export interface SourceMeta {
  id: string;
  path: string;
  sha256: string;
  /** Fingerprint of the extractor that made the extraction (null for hand-made JSON). */
  extractor: string | null;
}

/** Statement (cypher/load/<name>.cypher) per row array, in dependency order. */
export const WRITE_ORDER: [statement: string, rows: keyof LoadRows][] = [
  ['load/jurisdictions', 'jurisdictions'],
  ['load/gazettes', 'gazettes'],
  ['load/documents', 'documents'],
  ['load/publishes', 'publishes'],
  ['load/cited-documents', 'citedDocuments'],
  ['load/organizations', 'organizations'],
  ['load/aliases', 'aliases'],
  ['load/part-of', 'partOf'],
  ['load/issued', 'issued'],
  ['load/persons', 'persons'],
  ['load/editors', 'editors'],
  ['load/signed', 'signed'],
  ['load/tasks', 'tasks'],
  ['load/task-organizations', 'taskOrgs'],
  ['load/overseers', 'overseers'],
  ['load/posts', 'posts'],
  ['load/appointments', 'appointments'],
  ['load/areas', 'areas'],
  ['load/portfolio-organizations', 'portfolioOrgs'],
  ['load/portfolio-areas', 'portfolioAreas'],
  ['load/portfolio-persons', 'backups'],
  ['load/supersessions', 'supersessions'],
  ['load/citations', 'citations'],
  ['load/programmes', 'programmes'],
  ['load/programme-leads', 'programmeLeads'],
];

/** Every statement the loader uses, for checking at start-up. */
export const LOAD_STATEMENTS = [
  'load/source-state',
  'load/source',
  'load/count-graph',
  'load/delete-source',
  'load/delete-source-nodes',
  'load/cleanup-posts',
  'load/cleanup-entities',
  'load/cleanup-jurisdictions',
  'load/refresh-documents',
  'load/refresh-organizations',
  'load/refresh-gazettes',
  ...WRITE_ORDER.map(([s]) => s),
];

/** Nodes whose derived properties must be recomputed, and orphan candidates. */
interface Touched {
  documents: Set<string>;
  organizations: Set<string>;
  gazettes: Set<string>;
  candidates: string[];
}

export type SourceState = 'new' | 'unchanged' | 'changed';

export interface StoredSource { sha256: string | null; extractor: string | null }

export async function sourceState(tx: StatementTx, source: SourceMeta): Promise<SourceState> {
  const [row] = await tx.run<StoredSource>('load/source-state', { source: source.id });
  return compareSource(row, source);
}

/** Unchanged only when both the bytes and the extractor are the ones stored. */
export function compareSource(stored: StoredSource | undefined, source: SourceMeta): SourceState {
  if (!stored || stored.sha256 === null || stored.sha256 === undefined) return 'new';
  return stored.sha256 === source.sha256 && (stored.extractor ?? null) === source.extractor ? 'unchanged' : 'changed';
}

/** Replaces whatever `source` held with `rows`. Returns the write counters. */
export async function writeSource(tx: StatementTx, source: SourceMeta, rows: LoadRows, replacing: boolean): Promise<Counters> {
  const counters = zeroCounters();
  const run: Run = async (statement, params) => {
    const rows = await tx.run<Record<string, unknown>>(statement, { source: source.id, sha256: source.sha256, ...params });
    for (const r of rows) {
      counters.nodesDeleted += Number(r.nodesDeleted ?? 0);
      counters.relationshipsDeleted += Number(r.relationshipsDeleted ?? 0);
    }
    return rows;
  };
  const before = await graphCounts(tx);
  const touched: Touched = { documents: new Set(), organizations: new Set(), gazettes: new Set(), candidates: [] };
  if (replacing) await deleteOwned(run, touched);
  // Sent together (Bolt pipelines them; the server runs them in this order),
  // so a source costs one round trip for its writes, not one per statement.
  const writes = [run('load/source', { path: source.path, extractor: source.extractor })];
  for (const [statement, field] of WRITE_ORDER) {
    const batch = rows[field];
    if (batch.length > 0) writes.push(run(statement, { rows: batch }));
  }
  await Promise.all(writes);
  collectTouched(rows, touched);
  if (touched.candidates.length > 0) await removeOrphans(run, touched.candidates);
  await refresh(run, touched);
  const after = await graphCounts(tx);
  counters.nodesCreated = after.nodes - before.nodes + counters.nodesDeleted;
  counters.relationshipsCreated = after.relationships - before.relationships + counters.relationshipsDeleted;
  return counters;
}

async function graphCounts(tx: StatementTx): Promise<{ nodes: number; relationships: number }> {
  const [row] = await tx.run<{ nodes: number; relationships: number }>('load/count-graph', {});
  return row ?? { nodes: 0, relationships: 0 };
}

type Run = (statement: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

async function deleteOwned(run: Run, touched: Touched): Promise<void> {
  const [r] = await run('load/delete-source', {});
  if (r) {
    for (const k of r.documents as string[]) touched.documents.add(k);
    for (const k of r.organizations as string[]) touched.organizations.add(k);
    for (const k of r.gazettes as string[]) touched.gazettes.add(k);
    touched.candidates = [...new Set(r.candidates as string[])];
  }
  await run('load/delete-source-nodes', {});
}

function collectTouched(rows: LoadRows, touched: Touched): void {
  for (const d of rows.documents) touched.documents.add(d.key);
  for (const d of rows.citedDocuments) touched.documents.add(d.key);
  for (const s of rows.supersessions) touched.documents.add(s.to);
  for (const c of rows.citations) touched.documents.add(c.to);
  for (const o of rows.organizations) touched.organizations.add(o.name);
  for (const g of rows.gazettes) touched.gazettes.add(g.key);
}

/** Posts first (they hold organizations), then entities, then jurisdictions. */
async function removeOrphans(run: Run, candidates: string[]): Promise<void> {
  const [posts] = await run('load/cleanup-posts', { ids: candidates });
  const orgsOfPosts = (posts?.candidates as string[] | undefined) ?? [];
  const [entities] = await run('load/cleanup-entities', { ids: [...new Set([...candidates, ...orgsOfPosts])] });
  const jurisdictions = (entities?.candidates as string[] | undefined) ?? [];
  if (jurisdictions.length > 0) await run('load/cleanup-jurisdictions', { ids: jurisdictions });
}

/** Independent of each other, so pipelined like the writes. */
async function refresh(run: Run, touched: Touched): Promise<void> {
  const pending: Promise<unknown>[] = [];
  if (touched.documents.size > 0) pending.push(run('load/refresh-documents', { keys: [...touched.documents] }));
  if (touched.organizations.size > 0) pending.push(run('load/refresh-organizations', { names: [...touched.organizations] }));
  if (touched.gazettes.size > 0) pending.push(run('load/refresh-gazettes', { keys: [...touched.gazettes] }));
  await Promise.all(pending);
}
