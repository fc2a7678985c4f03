// Readers for posts (a title in an organization) and who held them.
import { listBatch, oneBatch } from './batch';
import { rows, type ReadGraph, type ReadOptions } from './run';
import type { AppointmentRecord, OrgRecord, PostRecord } from './shapes';

export async function findPost(graph: ReadGraph, organizations: string[], title: string, options?: ReadOptions): Promise<PostRecord | null> {
  const [row] = await rows(graph, 'read/post/find', { organizations, title: title.replace(/\s+/g, '') }, options);
  return (row?.post as PostRecord | undefined) ?? null;
}

export const postHolders = listBatch<AppointmentRecord>('read/post/holders');
export const postOrganizations = oneBatch<OrgRecord>('read/post/organization', 'org');
