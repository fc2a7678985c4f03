// A `gazette-graph load` killed with SIGKILL in the middle of a source's
// transaction leaves no trace of that source, and a rerun completes.
// Runs the built CLI (dist/, made by `npm test`'s pretest `tsc -b`).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { Graph } from '../../src/graph/driver';
import type { Task } from '../../src/extract/types';
import { loadSources, migrate } from '../../loaders';
import { clearGraph, openTestGraph } from '../helpers/graph';
import { doc, extraction, org, richGazette } from '../unit/loaders/fixtures';

jest.setTimeout(300_000);

const CLI = path.join(PROJECT_ROOT, 'dist', 'src', 'cli', 'main.js');
let graph: Graph;
let dir: string;

beforeAll(async () => {
  graph = await openTestGraph();
  await migrate(graph);
  await clearGraph(graph);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-kill-'));
  fs.writeFileSync(path.join(dir, 'a-small.json'), JSON.stringify(richGazette('a-small.txt')));
  fs.writeFileSync(path.join(dir, 'b-big.json'), JSON.stringify(bigExtraction(8000)));
});

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await clearGraph(graph);
  await graph.close();
});

/** One document with `n` tasks over 500 units: a transaction that takes seconds. */
function bigExtraction(n: number) {
  const units = Array.from({ length: 500 }, (_, i) => org(`银川市大单位${i}`, `大单位${i}`));
  const tasks: Task[] = Array.from({ length: n }, (_, i) => ({
    number: String(i + 1),
    text: `任务${i}`,
    leads: [units[i % 500]!],
    responsible: [units[(i * 7) % 500]!],
    cooperating: [units[(i * 13) % 500]!],
    leaders: [],
    deadline: null,
    lines: [i + 1],
  }));
  return extraction('b-big.txt', [doc({ docNumber: '大〔2024〕1号', title: '大文件', tasks })]);
}

/** Runs `gazette-graph load dir`, SIGKILLs it `delayMs` after `line` appears on stderr. */
function loadAndKill(line: string, delayMs: number): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'load', '--no-progress', dir], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      const before = stderr;
      stderr += chunk.toString();
      if (!before.includes(line) && stderr.includes(line)) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, stderr }));
  });
}

const count = async (cypher: string): Promise<number> => (await graph.read<{ n: number }>(cypher))[0]!.n;

it('leaves no trace of the source whose transaction was killed, and a rerun completes', async () => {
  expect(fs.existsSync(CLI)).toBe(true);
  const run = await loadAndKill('a-small.txt: loaded', 400);
  expect(run.signal).toBe('SIGKILL');
  expect(run.stderr).not.toContain('b-big.txt: loaded');

  expect(await graph.read('MATCH (s:Source) RETURN s.id AS id')).toEqual([{ id: 'a-small.txt' }]);
  expect(await count("MATCH (t:Task {source: 'b-big.txt'}) RETURN count(t) AS n")).toBe(0);
  expect(await count("MATCH (o:Organization) WHERE o.name STARTS WITH '银川市大单位' RETURN count(o) AS n")).toBe(0);
  expect(await count("MATCH (d:Document {key: '大〔2024〕1号'}) RETURN count(d) AS n")).toBe(0);

  const rerun = await loadSources(graph, [dir]);
  expect(rerun).toMatchObject({ loaded: 1, unchanged: 1, failed: 0 });
  expect(await count("MATCH (t:Task {source: 'b-big.txt'}) RETURN count(t) AS n")).toBe(8000);
});
