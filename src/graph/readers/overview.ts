// Readers for the whole graph: full-text search, counts, gazettes, jurisdictions.
import { listBatch } from './batch';
import { rows, type ReadGraph, type ReadOptions } from './run';
import type { CountRecord, DocRecord, GazetteRecord, JurisdictionRecord, SearchHitRecord } from './shapes';

export async function searchText(graph: ReadGraph, text: string, first: number, options?: ReadOptions): Promise<SearchHitRecord[]> {
  return (await rows(graph, 'read/search/text', { text, first }, options)) as unknown as SearchHitRecord[];
}

export async function countByKind(graph: ReadGraph, options?: ReadOptions): Promise<CountRecord[]> {
  return (await rows(graph, 'read/stats/counts', {}, options)) as unknown as CountRecord[];
}

export async function listGazettes(graph: ReadGraph, options?: ReadOptions): Promise<GazetteRecord[]> {
  return (await rows(graph, 'read/gazette/list', {}, options)).map((r) => r.gazette as GazetteRecord);
}

export async function listJurisdictions(graph: ReadGraph, options?: ReadOptions): Promise<JurisdictionRecord[]> {
  return (await rows(graph, 'read/jurisdiction/list', {}, options)) as unknown as JurisdictionRecord[];
}

export const gazetteDocuments = listBatch<DocRecord>('read/gazette/documents');
