// Readers for documents: lookup, the filtered list, and each document's relationships.
import { listBatch, oneBatch, page, pageBatch } from './batch';
import { rows, type ReadGraph, type ReadOptions } from './run';
import type { AppointmentRecord, DocRecord, Issuer, Page, PageArgs, PrintedIn, ProgrammeRecord, SignatureRecord, SupersessionRecord, TaskPageArgs, TaskRecord } from './shapes';

export async function findDocument(graph: ReadGraph, key: string, options?: ReadOptions): Promise<DocRecord | null> {
  const [row] = await rows(graph, 'read/document/find', { key: key.replace(/\s+/g, '') }, options);
  return (row?.document as DocRecord | undefined) ?? null;
}

/** A document and a page of its tasks (as documentTasks pages them), in one round trip; null when unknown. */
export async function findDocumentWithTasks(graph: ReadGraph, key: string, window: TaskPageArgs, options?: ReadOptions): Promise<{ document: DocRecord; tasks: Page<TaskRecord> } | null> {
  const [row] = await rows(graph, 'read/document/find-with-tasks', { key: key.replace(/\s+/g, ''), ...window }, options);
  if (!row) return null;
  return { document: row.document as DocRecord, tasks: { total: Number(row.total), items: row.items as TaskRecord[] } };
}

export interface DocumentFilter {
  /** Canonical organization names (aliases already resolved), or null for any. */
  issuers: string[] | null;
  jurisdiction: string | null;
  year: number | null;
  docType: string | null;
  status: string | null;
  inForceOn: string | null;
  keyword: string | null;
}

export function listDocuments(graph: ReadGraph, filter: DocumentFilter & PageArgs, options?: ReadOptions): Promise<Page<DocRecord>> {
  return page<DocRecord>(graph, 'read/document/list', { ...filter }, options);
}

export const documentsByKey = oneBatch<DocRecord>('read/document/by-key', 'document');
export const documentBodies = oneBatch<string>('read/document/body', 'body');
export const documentIssuers = listBatch<Issuer>('read/document/issuers');
export const documentTasks = pageBatch<TaskRecord, { provenance: boolean }>('read/document/tasks');
export const documentAppointments = listBatch<AppointmentRecord>('read/document/appointments');
export const documentSignatories = listBatch<SignatureRecord>('read/document/signatories');
export const documentSupersedes = listBatch<SupersessionRecord>('read/document/supersedes');
export const documentSupersededBy = listBatch<SupersessionRecord>('read/document/superseded-by');
export const documentGazettes = oneBatch<PrintedIn>('read/document/gazette', 'item');
export const documentProgrammes = listBatch<ProgrammeRecord>('read/document/programmes');
