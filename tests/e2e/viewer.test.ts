// End to end: the /viewer page in a real chromium, on an API server over the
// loaded sample corpus. Searches 贺兰县财政局, expands a node, opens an
// edge's source lines, downloads the view, and checks what the page shows.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';
import type { Graph } from '../../src/graph/driver';
import { startApi, type RunningApi } from '../../src/api/server';
import { loadSampleCorpus, openTestGraph } from '../helpers/graph';
import { launchBrowser, type Browser } from '../../scripts/viewer-browser';

const SHOTS = path.join(PROJECT_ROOT, 'out', 'e2e');
jest.setTimeout(60_000);

let graph: Graph;
let api: RunningApi;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  graph = await openTestGraph();
  await loadSampleCorpus(graph);
  api = await startApi({ graph, port: 0, host: '127.0.0.1', apiKey: null, ingest: null, log: () => {} });
  base = `http://127.0.0.1:${api.port}`;
  browser = await launchBrowser();
  page = await browser.context.newPage();
  fs.mkdirSync(SHOTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await graph?.close();
});

/** Labels of the nodes Cytoscape holds (the canvas has no DOM text). */
const nodeLabels = (): Promise<string[]> => page.evaluate(() => (globalThis as any).viz.cy.nodes().map((n: any) => n.data('node').label as string));
const nodeCount = () => page.evaluate(() => (globalThis as any).viz.cy.nodes().length as number);

/** Clicks on the canvas where Cytoscape drew an element. */
async function clickAt(point: { x: number; y: number }): Promise<void> {
  const box = (await page.locator('#cy').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

describe('the viewer', () => {
  it('serves the page and its assets from the server, not a CDN', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${base}/viewer`);
    expect(await page.textContent('h1')).toBe('职责关系图');
    await page.waitForFunction(() => typeof (globalThis as any).cytoscape === 'function');
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
  });

  it('finds 贺兰县财政局 by search and draws its responsibility graph', async () => {
    await page.fill('#search', '贺兰县财政局');
    const hit = page.locator('#results li', { hasText: '贺兰县财政局' }).first();
    await hit.waitFor({ timeout: 15_000 });
    await hit.click();
    await page.waitForFunction(() => (globalThis as any).viz.cy?.nodes().length > 1, null, { timeout: 30_000 });
    expect(await page.textContent('#title')).toContain('贺兰县财政局');
    const labels = await nodeLabels();
    expect(labels).toContain('贺兰县财政局');
    expect(labels.some((l) => /^\S+号$/.test(l))).toBe(true); // a document assigning its tasks
    expect(await page.textContent('#status')).toMatch(/\d+ 个节点，\d+ 条关系；布局 \d+ ms/);
  });

  it('finds a unit by its alias (发改局 → 贺兰县发展和改革局)', async () => {
    await page.fill('#search', '发改局');
    await page.locator('#results li', { hasText: '贺兰县发展和改革局' }).first().waitFor({ timeout: 15_000 });
  });

  it('expands a node when it is clicked', async () => {
    const before = await nodeCount();
    const target = await page.evaluate(() => {
      const cy = (globalThis as any).viz.cy;
      const n = cy.nodes().filter((x: any) => x.data('node').kind === 'document')[0];
      return { id: n.id(), label: n.data('node').label, pos: n.renderedPosition() };
    });
    await clickAt(target.pos);
    await page.waitForFunction((id) => (globalThis as any).viz.cy.getElementById(id).hasClass('expanded'), target.id, { timeout: 30_000 });
    expect(await nodeCount()).toBeGreaterThan(before);
    expect(await page.textContent('#node-label')).toBe(target.label);
  });

  it('shows the source lines of an edge when it is clicked', async () => {
    const edge = await page.evaluate(() => {
      const cy = (globalThis as any).viz.cy;
      cy.fit(cy.getElementById('organization:贺兰县财政局').closedNeighborhood(), 80);
      const inNode = (p: any) => cy.nodes().some((n: any) => {
        const b = n.renderedBoundingBox();
        return p.x >= b.x1 - 6 && p.x <= b.x2 + 6 && p.y >= b.y1 - 6 && p.y <= b.y2 + 6;
      });
      const e = cy.edges().filter((x: any) => x.data('edge').provenance?.text && x.data('edge').kind === 'cooperating')
        .filter((x: any) => !inNode(x.renderedMidpoint()))[0];
      return e ? { pos: e.renderedMidpoint(), prov: e.data('edge').provenance } : null;
    });
    expect(edge).not.toBeNull();
    await clickAt(edge!.pos);
    await page.locator('#fact').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.textContent('#fact-title')).toContain('配合');
    expect(await page.textContent('#fact-lines')).toContain(edge!.prov.source);
    const text = (await page.textContent('#fact-text')) ?? '';
    expect(text).toBe(edge!.prov.text);
    expect(text).toMatch(/[\u4e00-\u9fff]{4,}/);
    await page.screenshot({ path: path.join(SHOTS, 'viewer-finance-bureau.png') });
  });

  it('downloads the current view as SVG with the Chinese labels', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#downloads button[data-format="svg"]')]);
    const file = path.join(SHOTS, 'view.svg');
    await download.saveAs(file);
    const svg = fs.readFileSync(file, 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('>贺兰县财政局<');
  });

  it('lays out the whole 贺兰县 jurisdiction, clustered by leader', async () => {
    await page.goto(`${base}/viewer#jurisdiction=${encodeURIComponent('贺兰县')}`);
    await page.waitForFunction(() => (globalThis as any).viz.cy?.nodes(':parent').length > 0, null, { timeout: 30_000 });
    const clusters = await page.evaluate(() => (globalThis as any).viz.cy.nodes(':parent').map((n: any) => n.data('node').label as string));
    expect(clusters.some((c: string) => c.endsWith(' 分管'))).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'viewer-helan-jurisdiction.png') });
  });
});
