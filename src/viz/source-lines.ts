// Quotes the source lines of each edge's provenance, so the viewer and the
// exports can show the text a fact was read from. Source files are found
// where the loader read them (Source.path), else by id in the gazette folder.
import fs from 'node:fs';
import path from 'node:path';
import type { RespGraph } from './model';

/** More lines than this are cut (a long task's lines are still all cited). */
const MAX_LINES = 12;

export type SourcePaths = Map<string, string | null>;

export class SourceLines {
  private readonly cache = new Map<string, string[] | null>();

  constructor(private readonly fallbackDir: string | null) {}

  /** Fills `provenance.text` of every edge whose source file can be read. */
  quote(g: RespGraph, paths: SourcePaths): void {
    for (const e of g.edges) {
      const p = e.provenance;
      if (!p) continue;
      const lines = this.file(p.source, paths.get(p.source) ?? null);
      if (!lines) continue;
      const [a, b] = p.lines;
      const picked = lines.slice(a - 1, Math.min(b, a - 1 + MAX_LINES));
      p.text = picked.join('\n').trim() + (b - a + 1 > MAX_LINES ? '\n…' : '');
    }
  }

  private file(id: string, known: string | null): string[] | null {
    // A source loaded from an extraction JSON has the JSON as its path: its
    // lines are those of the file named by the id, looked for in the gazette folder.
    const own = known && path.basename(known) === id ? known : null;
    if (!this.cache.has(id)) this.cache.set(id, read([own, this.fallbackDir ? path.join(this.fallbackDir, id) : null]));
    return this.cache.get(id) ?? null;
  }
}

function read(candidates: (string | null)[]): string[] | null {
  for (const file of candidates) {
    if (!file) continue;
    try {
      return fs.readFileSync(file, 'utf8').split(/\r?\n/);
    } catch {
      // try the next place
    }
  }
  return null;
}
