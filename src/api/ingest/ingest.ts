// What ingestDocument does: the same extractor and loader as `npm start`,
// for one text posted to the API.
import { createHash } from 'node:crypto';
import { loadExtraction, type LoaderGraph, type SourceResult } from '../../../loaders';
import { extract } from '../../extract/pipeline';

export interface IngestOutcome {
  result: SourceResult;
  /** Keys of the documents the extraction found, in text order. */
  documentKeys: string[];
  warnings: number;
}

export type Ingest = (text: string, source: string) => Promise<IngestOutcome>;

export function ingestWith(graph: LoaderGraph): Ingest {
  return async (text, source) => {
    const bytes = Buffer.from(text, 'utf8');
    const extraction = extract(bytes, { path: source });
    extraction.source = { path: source, sha256: createHash('sha256').update(bytes).digest('hex') };
    const result = await loadExtraction(graph, extraction, source);
    const documentKeys = extraction.documents.map((d) => (d.docNumber ?? `title:${d.title}`).replace(/\s+/g, ''));
    return { result, documentKeys, warnings: extraction.warnings.length };
  };
}
