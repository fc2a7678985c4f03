// The loader: extraction JSON → Neo4j. One transaction per source, so a
// source is wholly in the graph or not at all; an unchanged source (same
// sha256) is skipped; a failed source is reported and the run goes on.
import type { Extraction } from '../src/extract/types';
import { buildRows } from './rows';
import { expandPaths, isFailure, openSource, sha256, type SourceFailure } from './sources';
import { addCounters, compareSource, sourceState, writeSource, zeroCounters, type Counters, type SourceMeta, type StoredSource } from './write';
import type { LoaderGraph } from './graph-port';

export { migrate } from './migrate';
export type { Counters } from './write';
export type { LoaderGraph } from './graph-port';

export type SourceOutcome = 'loaded' | 'unchanged' | 'replaced' | 'failed';

export interface SourceResult {
  path: string;
  id: string | null;
  outcome: SourceOutcome;
  /** Why it failed (one line), for `failed`. */
  reason?: string;
  counters: Counters;
  /** Rows written (one per node or relationship the extraction states). */
  records: number;
}

export interface LoadSummary {
  sources: SourceResult[];
  loaded: number;
  unchanged: number;
  replaced: number;
  failed: number;
  counters: Counters;
  records: number;
}

export interface LoadOptions {
  /** Called once before the first file with the total, then after each file. */
  onProgress?: (event: { done: number; total: number; result?: SourceResult }) => void;
}

/** Loads files and folders (*.txt gazettes, *.json extractions). Never throws for a bad file. */
export async function loadSources(graph: LoaderGraph, paths: readonly string[], options: LoadOptions = {}): Promise<LoadSummary> {
  const { files, failures } = expandPaths(paths);
  const results: SourceResult[] = failures.map((f) => failed(f));
  options.onProgress?.({ done: 0, total: files.length });
  // The next file is read, checked and extracted while the current one's
  // transaction runs on the server (the write re-checks its sha256 inside).
  let next = files.length > 0 ? prepare(graph, files[0]!) : null;
  for (const [i, file] of files.entries()) {
    const ready = await next!;
    const writing = ready.kind === 'done' ? Promise.resolve(ready.result) : writePrepared(graph, ready);
    next = i + 1 < files.length ? prepare(graph, files[i + 1]!) : null;
    const result = await writing;
    results.push(result);
    options.onProgress?.({ done: i + 1, total: files.length, result });
  }
  return summarise(results);
}

type Prepared = { kind: 'done'; result: SourceResult } | { kind: 'write'; meta: SourceMeta; extraction: Extraction };

/** Reads, hashes and (unless the stored sha256 and extractor match) extracts one file. Never throws. */
async function prepare(graph: LoaderGraph, file: string): Promise<Prepared> {
  const opened = openSource(file);
  if (isFailure(opened)) return { kind: 'done', result: failed(opened) };
  const meta: SourceMeta = { id: opened.id, path: opened.path, sha256: opened.sha256, extractor: opened.extractor };
  try {
    const [stored] = await graph.read<StoredSource>('load/source-state', { source: meta.id });
    if (compareSource(stored, meta) === 'unchanged') return { kind: 'done', result: result(meta, 'unchanged', zeroCounters(), 0) };
    return { kind: 'write', meta, extraction: opened.extract() };
  } catch (err) {
    return { kind: 'done', result: { ...failed({ path: meta.path, reason: reasonOf(err) }), id: meta.id } };
  }
}

async function writePrepared(graph: LoaderGraph, p: { meta: SourceMeta; extraction: Extraction }): Promise<SourceResult> {
  try {
    return await writeOne(graph, p.meta, p.extraction);
  } catch (err) {
    return { ...failed({ path: p.meta.path, reason: reasonOf(err) }), id: p.meta.id };
  }
}

/** Loads one extraction as source `sourceId` (the API's ingestDocument). Throws on failure. */
export async function loadExtraction(graph: LoaderGraph, extraction: Extraction, sourceId: string): Promise<SourceResult> {
  const digest = extraction.source?.sha256 || sha256(Buffer.from(JSON.stringify(extraction)));
  return writeOne(graph, { id: sourceId, path: extraction.source?.path ?? sourceId, sha256: digest, extractor: extraction.extractor ?? null }, extraction);
}

async function writeOne(graph: LoaderGraph, meta: SourceMeta, extraction: Extraction): Promise<SourceResult> {
  const rows = buildRows(extraction, meta.id);
  return graph.writeTransaction(async (tx) => {
    const state = await sourceState(tx, meta);
    if (state === 'unchanged') return result(meta, 'unchanged', zeroCounters(), 0);
    const counters = await writeSource(tx, meta, rows, state === 'changed');
    return result(meta, state === 'changed' ? 'replaced' : 'loaded', counters, countRecords(rows));
  });
}

/** One record per node row and relationship row the extraction yields. */
export function countRecords(rows: ReturnType<typeof buildRows>): number {
  return Object.values(rows).reduce((n, batch: unknown[]) => n + batch.length, 0);
}

function result(meta: SourceMeta, outcome: SourceOutcome, counters: Counters, records: number): SourceResult {
  return { path: meta.path, id: meta.id, outcome, counters, records };
}

function failed(f: SourceFailure): SourceResult {
  return { path: f.path, id: null, outcome: 'failed', reason: f.reason, counters: zeroCounters(), records: 0 };
}

function reasonOf(err: unknown): string {
  const e = err as { message?: string; hint?: string };
  const message = (e?.message ?? String(err)).split('\n')[0];
  return e?.hint ? `${message} (${e.hint})` : message;
}

function summarise(sources: SourceResult[]): LoadSummary {
  const count = (o: SourceOutcome) => sources.filter((s) => s.outcome === o).length;
  const counters = sources.reduce((c, s) => addCounters(c, s.counters), zeroCounters());
  const records = sources.reduce((n, s) => n + s.records, 0);
  return {
    sources,
    loaded: count('loaded'),
    unchanged: count('unchanged'),
    replaced: count('replaced'),
    failed: count('failed'),
    counters,
    records,
  };
}
