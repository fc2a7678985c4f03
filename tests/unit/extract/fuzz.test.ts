// Fuzz: 1,000 mutated inputs cut from the sample corpus (random deletions,
// insertions, shuffled, duplicated and truncated lines, random bytes), plus a
// 20 MB single-line file. No exception may escape `extract` except the typed
// refusal of undecodable input, no case may take over 2 s, and every output
// must validate against the extraction JSON Schema. Seeded, so repeatable.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Ajv from 'ajv';
import { UndecodableInputError } from '../../../src/extract/decode';
import { extract } from '../../../src/extract/pipeline';

const CASES = 1000;
const MAX_CASE_MS = 2000;
const SEED = 20221105;

const root = path.join(__dirname, '../../..');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'schema/extraction.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const corpus = fs
  .readdirSync(path.join(root, 'data/gazettes'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join(root, 'data/gazettes', f), 'utf8').split('\n'));

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PALETTE = [...'〔〕［］[]（）()号第年月日：:，,。；、关于印发通知决定的银川市人民政府办公室各县区局：\t \r#*-—…. 0123456789七二〇', '\n', ' and '];

function mutate(rand: () => number): Buffer {
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const source = pick(corpus);
  const start = int(source.length);
  let lines = source.slice(start, start + 20 + int(400));
  const ops = 1 + int(4);
  for (let o = 0; o < ops; o++) {
    const at = int(lines.length + 1);
    switch (int(7)) {
      case 0: // delete a run of lines
        lines.splice(at, 1 + int(20));
        break;
      case 1: // insert lines from anywhere in the corpus
        lines.splice(at, 0, ...pick(corpus).slice(int(2000), int(2000) + 1 + int(30)));
        break;
      case 2: // shuffle a block
        lines = [...lines.slice(0, at), ...lines.slice(at, at + 40).sort(() => rand() - 0.5), ...lines.slice(at + 40)];
        break;
      case 3: // duplicate a block
        lines.splice(at, 0, ...lines.slice(at, at + 1 + int(60)));
        break;
      case 4: // random characters inside lines
        for (let k = 0; k < 1 + int(30); k++) {
          const n = int(lines.length);
          const line = lines[n] ?? '';
          const p = int(line.length + 1);
          lines[n] = line.slice(0, p) + Array.from({ length: 1 + int(5) }, () => pick(PALETTE)).join('') + line.slice(p + int(3));
        }
        break;
      case 5: // truncate lines
        for (let k = 0; k < 1 + int(20); k++) {
          const n = int(lines.length);
          lines[n] = (lines[n] ?? '').slice(0, int(30));
        }
        break;
      default: // a long line made of many joined
        lines.splice(at, 30, lines.slice(at, at + 30).join(''));
    }
  }
  let bytes = Buffer.from(lines.join(pick(['\n', '\r\n', '\n'])), 'utf8');
  if (rand() < 0.15) bytes = bytes.subarray(0, int(bytes.length + 1)); // truncated mid-character
  if (rand() < 0.15) {
    bytes = Buffer.from(bytes);
    for (let k = 0; k < 1 + int(8); k++) if (bytes.length) bytes[int(bytes.length)] = int(256); // random bytes
  }
  if (rand() < 0.05) bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\n'), 'utf16le')]);
  return bytes;
}

interface Outcome {
  ms: number;
  refused: boolean;
}

function runCase(input: Buffer, name: string): Outcome {
  const start = performance.now();
  let refused = false;
  try {
    const out = JSON.parse(JSON.stringify(extract(input, { path: name })));
    if (!validate(out)) throw new Error(`${name}: output does not match the schema: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
  } catch (err) {
    if (!(err instanceof UndecodableInputError)) throw err;
    refused = true;
  }
  return { ms: performance.now() - start, refused };
}

describe('extract under fuzzing', () => {
  it(`survives ${CASES} mutated corpus inputs`, () => {
    const rand = prng(SEED);
    const outcomes: Outcome[] = [];
    const t0 = performance.now();
    for (let n = 0; n < CASES; n++) {
      const input = mutate(rand);
      let outcome: Outcome;
      try {
        outcome = runCase(input, `case-${n}`);
      } catch (err) {
        throw new Error(`case ${n} (seed ${SEED}) threw: ${(err as Error).stack}`);
      }
      if (outcome.ms > MAX_CASE_MS) throw new Error(`case ${n} took ${outcome.ms.toFixed(0)} ms`);
      outcomes.push(outcome);
    }
    const total = performance.now() - t0;
    const max = Math.max(...outcomes.map((o) => o.ms));
    const refused = outcomes.filter((o) => o.refused).length;
    process.stdout.write(`fuzz: ${CASES} cases, ${refused} refused as undecodable, max ${max.toFixed(0)} ms per case, total ${(total / 1000).toFixed(1)} s\n`);
    expect(outcomes).toHaveLength(CASES);
    expect(refused).toBeLessThan(CASES / 2);
    expect(max).toBeLessThan(MAX_CASE_MS);
  }, 120_000);

  it('handles a 20 MB single-line file', () => {
    const text = corpus.map((lines) => lines.join('')).join('');
    const big = Buffer.from(text.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(text))), 'utf8').subarray(0, 20 * 1024 * 1024);
    const bytes = Buffer.from(big.toString('utf8').replace(/\uFFFD+$/, ''), 'utf8');
    const outcome = runCase(bytes, 'single-line');
    process.stdout.write(`fuzz: 20 MB single line in ${outcome.ms.toFixed(0)} ms\n`);
    expect(outcome.ms).toBeLessThan(MAX_CASE_MS);
  }, 60_000);

  it('refuses binary input with the typed error', () => {
    expect(() => extract(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]), { path: 'a.out' })).toThrow(UndecodableInputError);
  });
});
