import { statSync } from 'node:fs';
import { embedFont, EMBED_FAMILY } from '../../../src/viz/render/svg';
import { cjkFontFiles } from '../../../src/viz/render/font';
import { DOMParser, type Document } from '@xmldom/xmldom';
import { toDot } from '../../../src/viz/render/dot';
import { toGraphml } from '../../../src/viz/render/graphml';
import { toMermaid } from '../../../src/viz/render/mermaid';
import { toPng } from '../../../src/viz/render/png';
import { toSvg } from '../../../src/viz/render/svg';
import { toCsv, toJson } from '../../../src/viz/render/table';
import { dotToSvg } from '../../../src/viz/render/graphviz';
import { findFormat, formatForFile } from '../../../src/viz/render';
import { sampleGraph } from './sample-graph';

function parseXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(msg); } })
    .parseFromString(text, 'text/xml');
  expect(errors).toEqual([]);
  return doc;
}

describe('DOT', () => {
  const dot = toDot(sampleGraph());

  it('declares every node once, every edge, and a cluster for the leader', () => {
    expect(dot.startsWith('digraph responsibility {')).toBe(true);
    expect(dot.trimEnd().endsWith('}')).toBe(true);
    const declared = dot.split('\n').filter((l) => /^\s*"[^"]+" \[/.test(l)).map((l) => l.trim().split('" [')[0].slice(1));
    const drawn = sampleGraph().nodes.filter((n) => n.kind !== 'cluster');
    expect(declared.sort()).toEqual(drawn.map((n) => n.id).sort());
    expect(dot.match(/ -> /g)).toHaveLength(6);
    expect(dot).toMatch(/subgraph "cluster_0" \{\s*graph \[label="段建宏 分管"[^}]*"person:贺兰县\|段建宏"[^}]*"organization:贺兰县财政局"/s);
    expect(dot).toContain('label="贺兰县财政局\\n牵头2 · 配合7"');
  });

  it('is accepted by Graphviz (which rejects a syntax error)', async () => {
    await expect(dotToSvg(dot)).resolves.toContain('<svg');
    await expect(dotToSvg('digraph { "a -> }')).rejects.toThrow();
  });
});

describe('SVG', () => {
  it('contains the Chinese labels as text and names CJK font families', async () => {
    const svg = await toSvg(sampleGraph());
    const doc = parseXml(svg);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['段建宏', '贺兰县财政局', '贺兰县医疗保障局', '牵头', '分管', '配合']));
    expect(svg).toMatch(/font-family="'Gazette CJK',Noto Sans SC, [^"]*sans-serif"/);
  });
});

describe('PNG', () => {
  it('has the PNG signature and a non-trivial size', async () => {
    const png = await toPng(sampleGraph());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(200);
    expect(png.length).toBeGreaterThan(20_000);
  });
});

describe('Mermaid', () => {
  const mmd = toMermaid(sampleGraph());
  it('is a flowchart with quoted labels, a subgraph per cluster and one linkStyle per edge', () => {
    const lines = mmd.trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    expect(mmd).toContain('n2["贺兰县财政局<br/>牵头2 · 配合7"]:::organization');
    expect(mmd).toContain('subgraph n0["段建宏 分管"]');
    expect(lines.filter((l) => l.trim() === 'end')).toHaveLength(1);
    expect(lines.filter((l) => /^  n\d+ -->\|[^|]+\| n\d+$/.test(l))).toHaveLength(6);
    expect(lines.filter((l) => l.includes('linkStyle'))).toHaveLength(6);
    // no raw quote inside a label
    for (const l of lines.filter((x) => x.includes('["'))) expect(l.match(/"/g)).toHaveLength(2);
  });
});

describe('GraphML', () => {
  const doc = parseXml(toGraphml(sampleGraph()));
  const nodes = () => Array.from(doc.getElementsByTagName('node'));
  it('parses, with every node and edge and their data', () => {
    expect(doc.documentElement?.nodeName).toBe('graphml');
    const nodes = Array.from(doc.getElementsByTagName('node'));
    const edges = Array.from(doc.getElementsByTagName('edge'));
    expect(nodes).toHaveLength(7); // the cluster is an attribute, not a node
    expect(edges).toHaveLength(6);
    const ids = new Set(nodes.map((n) => n.getAttribute('id')));
    for (const e of edges) {
      expect(ids.has(e.getAttribute('source'))).toBe(true);
      expect(ids.has(e.getAttribute('target'))).toBe(true);
    }
    const task = nodes.find((n) => n.getAttribute('id') === 'task:t1')!;
    const detail = Array.from(task.getElementsByTagName('data')).find((d) => d.getAttribute('key') === 'detail');
    expect(detail?.textContent).toBe('1.落实基本医疗保险制度。坚持“应保尽保”<全覆盖> & 公平');
  });

  it('gives yEd a label per node and Gephi a declared key for every data element', () => {
    const labels = Array.from(doc.getElementsByTagName('y:NodeLabel')).map((l) => l.textContent);
    expect(labels).toContain('段建宏');
    const finance = nodes().find((n) => n.getAttribute('id') === 'organization:贺兰县财政局')!;
    const cluster = Array.from(finance.getElementsByTagName('data')).find((d) => d.getAttribute('key') === 'cluster');
    expect(cluster?.textContent).toBe('段建宏 分管');
    const keys = new Set(Array.from(doc.getElementsByTagName('key')).map((k) => k.getAttribute('id')));
    for (const d of Array.from(doc.getElementsByTagName('data'))) expect(keys.has(d.getAttribute('key'))).toBe(true);
    const lines = Array.from(doc.getElementsByTagName('data')).filter((d) => d.getAttribute('key') === 'lines');
    expect(lines.map((l) => l.textContent)).toContain('helan-2022-05.txt:296-298');
  });
});

describe('JSON and CSV', () => {
  it('JSON round-trips the graph', () => {
    expect(JSON.parse(toJson(sampleGraph()))).toEqual(sampleGraph());
  });

  it('CSV has a header and one row per edge, quoting cells with commas', () => {
    const csv = toCsv(sampleGraph());
    expect(csv.startsWith('\ufeffsource_id,')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(7);
    expect(rows[1]).toBe(
      'person:贺兰县|段建宏,段建宏,person,supervises,分管,organization:贺兰县财政局,贺兰县财政局,organization,' +
        'helan-2022-05.txt,296,298,"分管县发展和改革局, 财政局（金融工作局）"',
    );
    expect(rows[6]).toBe('document:贺党发〔2022〕32号,贺党发〔2022〕32号,document,has_task,部署,task:t1,1. 落实基本医疗保险制度,task,,,,');
  });
});

describe('format registry', () => {
  it('finds formats by name and by file extension', () => {
    expect(findFormat('SVG')?.name).toBe('svg');
    expect(formatForFile('out/x.graphml')?.name).toBe('graphml');
    expect(formatForFile('x.mmd')?.name).toBe('mermaid');
    expect(formatForFile('x.txt')).toBeUndefined();
  });
});

describe('SVG embeds a subset of the CJK font', () => {
  it('adds an @font-face covering the labels, far smaller than the full font', async () => {
    const svg = await embedFont(await dotToSvg('digraph{a[label="贺兰县发改局"];b[label="牵头"];a->b}'));
    expect(svg).toContain(`@font-face{font-family:'${EMBED_FAMILY}'`);
    expect(svg).toMatch(/font-family="'Gazette CJK',/);
    const b64 = /base64,([A-Za-z0-9+/=]+)/.exec(svg)?.[1] ?? '';
    const bytes = Buffer.from(b64, 'base64');
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(bytes.length).toBeGreaterThan(500);
    expect(bytes.length).toBeLessThan(statSync(cjkFontFiles()[0]!).size / 100);
  });

  it('leaves the font out when asked (the CLI option --no-embed-font)', async () => {
    const svg = findFormat('svg')!;
    const plain = String(await svg.render(sampleGraph(), { embedFont: false }));
    const embedded = String(await svg.render(sampleGraph()));
    expect(plain).toContain('<svg');
    expect(plain).not.toContain('@font-face');
    expect(embedded).toContain('@font-face');
  });
});
