// Readers for tasks: the filtered list and each task's document, units and leaders.
import { listBatch, oneBatch, page } from './batch';
import type { ReadGraph, ReadOptions } from './run';
import type { DocRecord, Page, PersonLink, TaskOrg, TaskPageArgs, TaskRecord } from './shapes';

export interface TaskFilter {
  /** Canonical organization names (aliases already resolved), or null for any. */
  leads: string[] | null;
  organizations: string[] | null;
  role: string | null;
  document: string | null;
  keyword: string | null;
  year: number | null;
  jurisdiction: string | null;
}

/**
 * A page of matching tasks. Without `withTotal` the search stops once the page
 * and one more match are found, and `total` is only a lower bound (enough for
 * hasNextPage); keyword searches then read far fewer texts.
 */
export function listTasks(graph: ReadGraph, filter: TaskFilter & TaskPageArgs & { withTotal: boolean }, options?: ReadOptions): Promise<Page<TaskRecord>> {
  const { withTotal, ...params } = filter;
  const limit = withTotal ? Number.MAX_SAFE_INTEGER : filter.skip + filter.first + 1;
  return page<TaskRecord>(graph, 'read/task/list', { ...params, limit }, options);
}

export const taskDocuments = oneBatch<DocRecord>('read/task/document', 'document');
export const taskLeads = listBatch<TaskOrg>('read/task/leads');
export const taskOrganizations = listBatch<TaskOrg>('read/task/organizations');
export const taskLeaders = listBatch<PersonLink>('read/task/leaders');
