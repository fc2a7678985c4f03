// Finding and reading sources: folders expand to their *.txt and *.json
// files; a gazette text is extracted, an extraction JSON is read as is.
// Every failure here is a LoadFailure with a reason, never a throw.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { extractorFingerprint } from '../src/extract/fingerprint';
import { extract } from '../src/extract/pipeline';
import type { Extraction } from '../src/extract/types';

export interface ReadSource {
  /** The Source node's id: the file name (for JSON, of the file it was extracted from). */
  id: string;
  path: string;
  /** sha256 of the file's bytes. */
  sha256: string;
  extraction: Extraction;
}

export interface SourceFailure {
  path: string;
  reason: string;
}

const LOADABLE = /\.(txt|json)$/i;

/** Expands folders (not recursively) to their *.txt / *.json files; files are kept as given. */
export function expandPaths(paths: readonly string[]): { files: string[]; failures: SourceFailure[] } {
  const files: string[] = [];
  const failures: SourceFailure[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      failures.push({ path: p, reason: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) {
      const found = fs.readdirSync(p).filter((f) => LOADABLE.test(f)).sort();
      if (found.length === 0) failures.push({ path: p, reason: 'folder holds no .txt or .json file' });
      files.push(...found.map((f) => path.join(p, f)));
    } else {
      files.push(p);
    }
  }
  return { files: [...new Set(files)], failures };
}

export function sha256(bytes: Buffer): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** A file read and hashed, not yet extracted (an unchanged file never is). */
export interface OpenedSource {
  id: string;
  path: string;
  sha256: string;
  /** The extractor that makes (or made, for JSON) its extraction; null for hand-made JSON. */
  extractor: string | null;
  /** Runs the extractor (or returns the parsed JSON); throws with a one-line reason. */
  extract(): Extraction;
}

/** Reads and hashes one file; a failure carries a one-line reason. */
export function openSource(file: string): OpenedSource | SourceFailure {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    return { path: file, reason: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const hash = sha256(bytes);
  if (/\.json$/i.test(file)) {
    try {
      const extraction = parseExtraction(bytes.toString('utf8'));
      return { id: sourceIdOf(extraction.source?.path, file), path: file, sha256: hash, extractor: extraction.extractor ?? null, extract: () => extraction };
    } catch (err) {
      return { path: file, reason: reasonOf(err) };
    }
  }
  const extractText = (): Extraction => {
    try {
      return extract(bytes, { path: file });
    } catch (err) {
      throw new Error(reasonOf(err));
    }
  };
  return { id: path.basename(file), path: file, sha256: hash, extractor: extractorFingerprint(), extract: extractText };
}

/** Reads and extracts one file. */
export function readSource(file: string): ReadSource | SourceFailure {
  const opened = openSource(file);
  if (isFailure(opened)) return opened;
  try {
    return { id: opened.id, path: opened.path, sha256: opened.sha256, extraction: opened.extract() };
  } catch (err) {
    return { path: file, reason: (err as Error).message };
  }
}

export function isFailure<T extends object>(r: T | SourceFailure): r is SourceFailure {
  return 'reason' in r;
}

function sourceIdOf(extractedFrom: string | undefined, file: string): string {
  return path.basename(extractedFrom || file);
}

/** Parses and checks the shape of an extraction JSON (version 1). */
export function parseExtraction(text: string): Extraction {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('not valid JSON');
  }
  const e = data as Partial<Extraction>;
  if (!e || typeof e !== 'object' || e.version !== 1 || !Array.isArray(e.documents)) {
    throw new Error('not an extraction JSON (expected {"version": 1, "documents": […]})');
  }
  return e as Extraction;
}

function reasonOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return `cannot extract: ${message.split('\n')[0]}`;
}
