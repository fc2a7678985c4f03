// Readers for people: lookup, lists, posts over time, portfolios, tasks, documents named in and signed.
import { listBatch, oneBatch, page, pageBatch } from './batch';
import { rows, type ReadGraph, type ReadOptions } from './run';
import type { AppointmentRecord, DocRecord, Page, PageArgs, PersonRecord, PortfolioRecord, SignatureRecord, TaskRecord } from './shapes';

export async function findPeople(graph: ReadGraph, name: string, jurisdiction: string | null, options?: ReadOptions): Promise<PersonRecord[]> {
  const result = await rows(graph, 'read/person/find', { name: name.replace(/\s+/g, ''), jurisdiction }, options);
  return result.map((r) => r.person as PersonRecord);
}

/** The best match for a name (as findPeople ranks them) with its posts over time, in one round trip. */
export async function findPersonWithPosts(
  graph: ReadGraph, name: string, jurisdiction: string | null, options?: ReadOptions,
): Promise<{ person: PersonRecord; posts: AppointmentRecord[] } | null> {
  const [row] = await rows(graph, 'read/person/find-with-posts', { name: name.replace(/\s+/g, ''), jurisdiction }, options);
  return row ? { person: row.person as PersonRecord, posts: row.items as AppointmentRecord[] } : null;
}

export interface PersonFilter { jurisdiction: string | null; nameContains: string | null; organizations: string[] | null }

export function listPeople(graph: ReadGraph, filter: PersonFilter & PageArgs, options?: ReadOptions): Promise<Page<PersonRecord>> {
  return page<PersonRecord>(graph, 'read/person/list', { ...filter }, options);
}

export const peopleByKey = oneBatch<PersonRecord>('read/person/by-key', 'person');
export const personPosts = listBatch<AppointmentRecord>('read/person/posts');
export const personPortfolios = listBatch<PortfolioRecord>('read/person/portfolios');
export const personTasks = pageBatch<TaskRecord>('read/person/tasks');
export const personDocuments = listBatch<DocRecord>('read/person/documents');
export const personSigned = listBatch<SignatureRecord>('read/person/signed');
