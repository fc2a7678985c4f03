// Which extractor made an extraction: a digest of the extractor's own code
// (this folder). The loader stores it on the Source node and extracts a file
// again when it differs, so upgrading gazette-graph refreshes facts loaded
// by an older version even though the gazette files did not change.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

let cached: string | null = null;

/** 16 hex digits, the same for every run of the same extractor code. */
export function extractorFingerprint(): string {
  cached ??= digestCode(__dirname);
  return cached;
}

/** Digest of the .js/.ts files under `root` (names and bytes, in a fixed order). */
export function digestCode(root: string): string {
  const hash = crypto.createHash('sha256');
  const walk = (dir: string): void => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
      }
    }
  };
  walk(root);
  return hash.digest('hex').slice(0, 16);
}
