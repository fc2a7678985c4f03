import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandPaths, isFailure, openSource, parseExtraction, sha256 } from '../../../loaders/sources';
import { sourceLine, summaryText } from '../../../loaders/report';
import { compareSource, zeroCounters, type SourceMeta } from '../../../loaders/write';
import { extractorFingerprint } from '../../../src/extract/fingerprint';
import { extraction } from './fixtures';

describe('expandPaths', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-unit-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const f of ['b.txt', 'a.json', 'notes.md']) fs.writeFileSync(path.join(dir, f), '{}');

  it('expands a folder to its .txt and .json files, sorted, and keeps files as given', () => {
    const out = expandPaths([dir, path.join(dir, 'notes.md')]);
    expect(out.files).toEqual([path.join(dir, 'a.json'), path.join(dir, 'b.txt'), path.join(dir, 'notes.md')]);
    expect(out.failures).toEqual([]);
  });

  it('reports missing paths and empty folders', () => {
    const empty = fs.mkdtempSync(path.join(dir, 'empty-'));
    expect(expandPaths(['/no/such/place', empty]).failures).toEqual([
      { path: '/no/such/place', reason: 'no such file or folder' },
      { path: empty, reason: 'folder holds no .txt or .json file' },
    ]);
  });
});

describe('openSource', () => {
  it('takes the source id of an extraction JSON from the file it was extracted from, and hashes the bytes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-unit-'));
    const file = path.join(dir, 'out.json');
    const text = JSON.stringify(extraction('/data/gazettes/helan-2022-05.txt', []));
    fs.writeFileSync(file, text);
    const opened = openSource(file);
    expect(isFailure(opened)).toBe(false);
    if (!isFailure(opened)) {
      expect(opened.id).toBe('helan-2022-05.txt');
      expect(opened.sha256).toBe(sha256(Buffer.from(text)));
      expect(opened.extract().documents).toEqual([]);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('names the extractor: this one for a gazette text, the one stamped in an extraction JSON (none when hand-made)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-unit-'));
    fs.writeFileSync(path.join(dir, 'g.txt'), '银川市人民政府公报');
    fs.writeFileSync(path.join(dir, 'stamped.json'), JSON.stringify({ ...extraction('g.txt', []), extractor: 'abc' }));
    fs.writeFileSync(path.join(dir, 'hand.json'), JSON.stringify(extraction('h.txt', [])));
    const extractorOf = (f: string) => { const o = openSource(path.join(dir, f)); return isFailure(o) ? 'failed' : o.extractor; };
    expect(extractorOf('g.txt')).toBe(extractorFingerprint());
    expect(extractorOf('stamped.json')).toBe('abc');
    expect(extractorOf('hand.json')).toBeNull();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('rejects JSON that is not an extraction', () => {
    expect(() => parseExtraction('[1, 2]')).toThrow('not an extraction JSON');
    expect(() => parseExtraction('{')).toThrow('not valid JSON');
  });
});

describe('compareSource', () => {
  const meta: SourceMeta = { id: 'a.txt', path: 'a.txt', sha256: 'bytes', extractor: 'v2' };
  it.each([
    [undefined, 'new'],
    [{ sha256: null, extractor: null }, 'new'],
    [{ sha256: 'bytes', extractor: 'v2' }, 'unchanged'],
    [{ sha256: 'other', extractor: 'v2' }, 'changed'],
    [{ sha256: 'bytes', extractor: 'v1' }, 'changed'],
    [{ sha256: 'bytes', extractor: null }, 'changed'],
  ])('stored %j → %s', (stored, state) => {
    expect(compareSource(stored, meta)).toBe(state);
  });
  it('treats a hand-made JSON (no extractor) as unchanged when its bytes are', () => {
    expect(compareSource({ sha256: 'bytes', extractor: null }, { ...meta, extractor: null })).toBe('unchanged');
  });
});

describe('report', () => {
  it('prints one line per source and a summary listing failures', () => {
    const ok = { path: 'a.txt', id: 'a.txt', outcome: 'loaded' as const, counters: { ...zeroCounters(), nodesCreated: 3, relationshipsCreated: 4 }, records: 9 };
    const bad = { path: 'b.txt', id: null, outcome: 'failed' as const, reason: 'cannot extract: bad bytes', counters: zeroCounters(), records: 0 };
    expect(sourceLine(ok)).toBe('a.txt: loaded (9 records; 3 nodes, 4 relationships created)');
    const text = summaryText({ sources: [ok, bad], loaded: 1, unchanged: 0, replaced: 0, failed: 1, counters: ok.counters, records: 9 }, 1.5);
    expect(text).toContain('sources: 1 loaded, 0 replaced, 0 unchanged, 1 failed');
    expect(text).toContain('3 nodes and 4 relationships created');
    expect(text).toContain('  failed b.txt: cannot extract: bad bytes');
  });
});
