// Readers for supersessions (REPEALS / REPLACES / AMENDS between documents).
import { page } from './batch';
import { rows, type ReadGraph, type ReadOptions } from './run';
import type { Page, PageArgs, SupersessionRecord } from './shapes';

export interface SupersessionFilter { relation: string | null; document: string | null; jurisdiction: string | null }

export function listSupersessions(graph: ReadGraph, filter: SupersessionFilter & PageArgs, options?: ReadOptions): Promise<Page<SupersessionRecord>> {
  return page<SupersessionRecord>(graph, 'read/supersession/list', { ...filter }, options);
}

/** The whole lineage of a document, oldest change first; null when the document is unknown. */
export async function supersessionChain(graph: ReadGraph, key: string, options?: ReadOptions): Promise<SupersessionRecord[] | null> {
  const [row] = await rows(graph, 'read/supersession/chain', { key: key.replace(/\s+/g, '') }, options);
  if (!row) return null;
  const items = row.items as SupersessionRecord[];
  return items.sort((a, b) => String(a.from.issuedOn ?? '').localeCompare(String(b.from.issuedOn ?? '')) || a.from.key.localeCompare(b.from.key));
}
