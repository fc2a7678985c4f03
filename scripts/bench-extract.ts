// Extraction benchmark (`npm run bench:extract`). Runs the whole pipeline
// (decode → … → emit, every registered genre parser included) in this
// process and prints: time for the sample corpus (median of several runs,
// after a warm-up), time for the corpus concatenated 10× into one input and
// its ratio to 10 × the 1× time (linear scaling is ≤ 1.1), throughput, and
// peak memory (maxRSS). Targets: 1× < 1 s, 10× ≤ 11 × 1×, peak < 300 MB.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../src/config';
import { extract } from '../src/extract/pipeline';

const RUNS = 5;
const SCALE = 10;

function readCorpus(dir: string): { name: string; bytes: Buffer }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, bytes: fs.readFileSync(path.join(dir, f)) }));
}

function timeOnce(inputs: readonly { name: string; bytes: Buffer }[]): { ms: number; documents: number } {
  const start = performance.now();
  let documents = 0;
  for (const { name, bytes } of inputs) documents += extract(bytes, { path: name }).documents.length;
  return { ms: performance.now() - start, documents };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function main(): void {
  const dir = process.argv[2] ?? path.join(PROJECT_ROOT, 'data', 'gazettes');
  const corpus = readCorpus(dir);
  const bytes = corpus.reduce((n, c) => n + c.bytes.length, 0);
  timeOnce(corpus); // warm-up (JIT, regex compilation)
  const runs = Array.from({ length: RUNS }, () => timeOnce(corpus));
  const one = median(runs.map((r) => r.ms));
  const mb = bytes / 1e6;
  console.log(`corpus: ${corpus.length} files, ${mb.toFixed(2)} MB, ${runs[0]?.documents} documents`);
  console.log(`1× corpus: ${one.toFixed(0)} ms (median of ${RUNS}; ${(mb / (one / 1000)).toFixed(1)} MB/s) — target < 1000 ms`);

  const big = Buffer.concat(Array.from({ length: SCALE }, () => corpus.map((c) => Buffer.concat([c.bytes, Buffer.from('\n')]))).flat());
  const bigRuns = Array.from({ length: 3 }, () => timeOnce([{ name: `corpus×${SCALE}`, bytes: big }]));
  const ten = median(bigRuns.map((r) => r.ms));
  console.log(`${SCALE}× corpus in one input (${(big.length / 1e6).toFixed(1)} MB, ${bigRuns[0]?.documents} documents): ${ten.toFixed(0)} ms`);
  const ratio = ten / one;
  console.log(`  ${SCALE}× / 1× time: ${ratio.toFixed(2)} — target ≤ ${(SCALE * 1.1).toFixed(0)}`);

  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`peak memory (maxRSS): ${maxRssMb.toFixed(0)} MB — target < 300 MB; heap used now ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  const ok = one < 1000 && ratio <= SCALE * 1.1 && maxRssMb < 300;
  console.log(ok ? 'all targets met' : 'TARGET MISSED');
  if (!ok) process.exitCode = 1;
}

main();
