// Readers for organizations: lookup by any name or alias, lists, and their relationships.
import { listBatch, oneBatch, page, pageBatch } from './batch';
import { rows, type ReadGraph, type ReadOptions } from './run';
import type { IssuedDoc, OrgRecord, OrgTask, Page, PageArgs, PersonLink, PostRecord, ProgrammeRecord, TaskPageArgs } from './shapes';

/**
 * Organizations answering to a name: the canonical name (or the name with the
 * jurisdiction prepended) if one matches, else every unit the name is an alias
 * of, most connected first.
 */
export async function findOrganizations(graph: ReadGraph, name: string, jurisdiction: string | null, options?: ReadOptions): Promise<OrgRecord[]> {
  const result = await rows(graph, 'read/organization/find', { name: name.replace(/\s+/g, ''), jurisdiction }, options);
  const best = Math.min(...result.map((r) => Number(r.rank)));
  return result.filter((r) => Number(r.rank) === best).map((r) => r.org as OrgRecord);
}

/** The best organization for a name (as findOrganizations ranks them) and a page of its tasks in `role`, in one round trip. */
export async function findOrganizationWithTasks(
  graph: ReadGraph, name: string, jurisdiction: string | null, tasks: TaskPageArgs & { role: string | null }, options?: ReadOptions,
): Promise<{ organization: OrgRecord; tasks: Page<OrgTask> } | null> {
  const [row] = await rows(graph, 'read/organization/find-with-tasks', { name: name.replace(/\s+/g, ''), jurisdiction, ...tasks }, options);
  if (!row) return null;
  return { organization: row.org as OrgRecord, tasks: { total: Number(row.total), items: row.items as OrgTask[] } };
}

export interface OrganizationFilter { jurisdiction: string | null; nameContains: string | null }

export function listOrganizations(graph: ReadGraph, filter: OrganizationFilter & PageArgs, options?: ReadOptions): Promise<Page<OrgRecord>> {
  return page<OrgRecord>(graph, 'read/organization/list', { ...filter }, options);
}

export const organizationsByName = oneBatch<OrgRecord>('read/organization/by-name', 'org');
export const organizationTasks = pageBatch<OrgTask, { role: string | null; provenance: boolean }>('read/organization/tasks');
export const organizationDocuments = pageBatch<IssuedDoc>('read/organization/documents');
export const organizationLeaders = listBatch<PersonLink>('read/organization/leaders');
export const organizationPosts = listBatch<PostRecord>('read/organization/posts');
export const organizationSubUnits = listBatch<OrgRecord>('read/organization/sub-units');
export const organizationParent = oneBatch<OrgRecord>('read/organization/parent', 'org');
export const organizationProgrammes = listBatch<ProgrammeRecord>('read/organization/programmes');
