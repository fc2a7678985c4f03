// The extractor fingerprint: stable for the same code, different when any
// file of it changes, blind to files that are not code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { digestCode, extractorFingerprint } from '../../../src/extract/fingerprint';
import { extract } from '../../../src/extract/pipeline';

describe('extractor fingerprint', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fingerprint-'));
    fs.mkdirSync(path.join(dir, 'parse'));
    fs.writeFileSync(path.join(dir, 'a.js'), 'exports.a = 1;');
    fs.writeFileSync(path.join(dir, 'parse', 'b.js'), 'exports.b = 2;');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is the same for the same code and changes with any file below the folder', () => {
    const before = digestCode(dir);
    expect(digestCode(dir)).toBe(before);
    fs.writeFileSync(path.join(dir, 'parse', 'b.js'), 'exports.b = 3;');
    expect(digestCode(dir)).not.toBe(before);
  });

  it('ignores source maps and declarations', () => {
    const before = digestCode(dir);
    fs.writeFileSync(path.join(dir, 'a.js.map'), '{}');
    fs.writeFileSync(path.join(dir, 'a.d.ts'), 'export {};');
    expect(digestCode(dir)).toBe(before);
  });

  it('is stamped on every extraction', () => {
    const e = extract(Buffer.from('银川市人民政府关于做好工作的通知\n\n银政发〔2022〕1号\n\n现通知如下。\n'), { path: 'a.txt' });
    expect(e.extractor).toBe(extractorFingerprint());
    expect(e.extractor).toMatch(/^[0-9a-f]{16}$/);
  });
});
