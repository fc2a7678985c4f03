// Viewer benchmark: how long Cytoscape.js takes to lay out the responsibility
// graphs of the sample corpus in the page (Debian's chromium, headless), the
// largest being the whole-jurisdiction graphs. Target: under 1 s.
//   npm run bench:viewer            (a throwaway Neo4j, or NEO4J_URI — it gets emptied)
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { startApi } from '../src/api/server';
import { loadSources, migrate } from '../loaders';
import { benchGraph } from './bench-load-graph';
import { launchBrowser } from './viewer-browser';

const SCOPES: [string, string][] = [
  ['jurisdiction', '贺兰县'],
  ['jurisdiction', '银川市'],
  ['document', '贺政发〔2022〕68号'],
  ['organization', '银川市发展和改革委员会'],
  ['organization', '贺兰县财政局'],
  ['person', '段建宏'],
];
const RUNS = 5;

async function main(): Promise<void> {
  const graph = await benchGraph();
  await graph.clear();
  await migrate(graph);
  const summary = await loadSources(graph, [path.join(PROJECT_ROOT, 'data', 'gazettes')]);
  process.stderr.write(`loaded ${summary.loaded} sources (${summary.failed} failed)\n`);
  const api = await startApi({ graph, port: 0, host: '127.0.0.1', apiKey: null, ingest: null, log: () => {} });
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  try {
    process.stdout.write('scope\tnodes\tedges\tlayout median ms\tlayout max ms\tpage ready median ms\n');
    for (const [kind, name] of SCOPES) {
      const layouts: number[] = [];
      const ready: number[] = [];
      let size = { nodes: 0, edges: 0 };
      for (let i = 0; i < RUNS; i++) {
        await page.goto('about:blank');
        const t0 = Date.now();
        await page.goto(`http://127.0.0.1:${api.port}/viewer#${kind}=${encodeURIComponent(name)}`);
        await page.waitForFunction(() => (globalThis as any).__vizLayoutMs !== undefined, null, { timeout: 60_000 });
        ready.push(Date.now() - t0);
        layouts.push(await page.evaluate(() => (globalThis as any).__vizLayoutMs as number));
        size = await page.evaluate(() => ({ nodes: (globalThis as any).viz.cy.nodes().length, edges: (globalThis as any).viz.cy.edges().length }));
      }
      process.stdout.write(`${kind}:${name}\t${size.nodes}\t${size.edges}\t${median(layouts).toFixed(0)}\t${Math.max(...layouts).toFixed(0)}\t${median(ready).toFixed(0)}\n`);
    }
  } finally {
    await browser.close();
    await api.stop();
    await graph.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`bench-viewer: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
