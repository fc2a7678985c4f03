// Readers for programmes (named plans, campaigns and lists a document announces).
import { listBatch, oneBatch, page } from './batch';
import type { ReadGraph, ReadOptions } from './run';
import type { DocRecord, Page, PageArgs, ProgrammeRecord, TaskOrg } from './shapes';

export interface ProgrammeFilter { kind: string | null; year: number | null; keyword: string | null; jurisdiction: string | null; leads: string[] | null }

export function listProgrammes(graph: ReadGraph, filter: ProgrammeFilter & PageArgs, options?: ReadOptions): Promise<Page<ProgrammeRecord>> {
  return page<ProgrammeRecord>(graph, 'read/programme/list', { ...filter }, options);
}

export const programmeDocuments = oneBatch<DocRecord>('read/programme/document', 'document');
export const programmeLeads = listBatch<TaskOrg>('read/programme/leads');
