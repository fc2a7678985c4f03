// Finding and reading sources: folders expand to their *.txt and *.json
// files; a gazette text is extracted, an extraction JSON is read as is.
// Every failure here is a LoadFailure with a reason, never a throw.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
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

/** Reads and extracts one file; a failure carries a one-line reason. */
export function readSource(file: string): ReadSource | SourceFailure {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    return { path: file, reason: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const hash = sha256(bytes);
  try {
    if (/\.json$/i.test(file)) {
      const extraction = parseExtraction(bytes.toString('utf8'));
      return { id: sourceIdOf(extraction.source?.path, file), path: file, sha256: hash, extraction };
    }
    const extraction = extract(bytes, { path: file });
    return { id: path.basename(file), path: file, sha256: hash, extraction };
  } catch (err) {
    return { path: file, reason: reasonOf(err) };
  }
}

export function isFailure(r: ReadSource | SourceFailure): r is SourceFailure {
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
