// The responsibility graph builder over a small hand-made extraction loaded
// through the real loader into the test Neo4j.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../../src/graph/driver';
import type { Extraction } from '../../src/extract/types';
import { buildResponsibilityGraph, findScopes } from '../../src/viz/build';
import { VizError } from '../../src/viz/errors';
import type { RespGraph } from '../../src/viz/model';
import { loadExtraction, migrate } from '../../loaders';
import { clearGraph, openTestGraph } from '../helpers/graph';

// The source text the facts cite, by line (1-based).
const LINES = [
  '贺兰县人民政府关于调整县政府领导分工的通知', // 1
  '贺政发〔2022〕68号', // 2
  '段建宏同志 协助县长负责财税等工作。', // 3
  '分管县财政局（金融工作局）、县发展和改革局。', // 4
  '联系县税务局。', // 5
  '关于深化医疗保障制度改革的实施方案', // 6
  '贺党发〔2022〕32号', // 7
  '1.落实基本医疗保险制度。（牵头单位：医保局；配合单位：财政局）', // 8
  '2.健全医疗救助制度。（牵头单位：医保局；责任单位：发改局；配合单位：财政局、民政局）', // 9
];
const SOURCE = 'viz-sample.txt';

const org = (name: string, mention: string) => ({ name, mention });
const FIN = org('贺兰县财政局', '财政局');
const HEALTH = org('贺兰县医疗保障局', '医保局');
const NDRC = org('贺兰县发展和改革局', '发改局');
const FINANCE_OFFICE = { ...org('贺兰县金融工作局', '金融工作局'), parent: '贺兰县财政局' };

function doc(docNumber: string, title: string, lines: [number, number]) {
  return { docNumber, title, issuers: [org('贺兰县人民政府', '贺兰县人民政府')], issuedOn: '2022-09-11', docType: '通知', section: null, page: null, lines,
    body: '', tasks: [], appointments: [], portfolios: [], supersedes: [], programmes: [], citations: [] };
}

const extraction: Extraction = {
  version: 1,
  source: { path: SOURCE, sha256: 'viz-sample-1' },
  jurisdiction: '贺兰县',
  gazette: null,
  warnings: [],
  documents: [
    {
      ...doc('贺政发〔2022〕68号', '贺兰县人民政府关于调整县政府领导分工的通知', [1, 5]),
      portfolios: [
        { person: { name: '段建宏' }, relation: 'responsible_for', target: { area: '财税' }, lines: [3] },
        { person: { name: '段建宏' }, relation: 'supervises', target: FIN, lines: [4] },
        { person: { name: '段建宏' }, relation: 'supervises', target: FINANCE_OFFICE, lines: [4] },
        { person: { name: '段建宏' }, relation: 'supervises', target: NDRC, lines: [4] },
        { person: { name: '段建宏' }, relation: 'liaises', target: org('国家税务总局贺兰县税务局', '县税务局'), lines: [5] },
      ],
    },
    {
      ...doc('贺党发〔2022〕32号', '关于深化医疗保障制度改革的实施方案', [6, 9]),
      tasks: [
        { number: '1', text: '1.落实基本医疗保险制度。', leads: [HEALTH], responsible: [], cooperating: [FIN], leaders: [], deadline: null, lines: [8, 8] },
        { number: '2', text: '2.健全医疗救助制度。', leads: [HEALTH], responsible: [NDRC], cooperating: [FIN, org('贺兰县民政局', '民政局')], leaders: [], deadline: null, lines: [9, 9] },
      ],
    },
  ],
};

let graph: Graph;
let dir: string;
const build = (kind: 'organization' | 'document' | 'person' | 'jurisdiction', name: string, extra = {}) =>
  buildResponsibilityGraph(graph, { kind, name }, { gazetteDir: dir, ...extra });
const labels = (g: RespGraph) => g.nodes.map((n) => n.label);
const facts = (g: RespGraph) => g.edges.map((e) => `${g.nodes.find((n) => n.id === e.source)?.label} ${e.label} ${g.nodes.find((n) => n.id === e.target)?.label}`);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'viz-builder-'));
  fs.writeFileSync(path.join(dir, SOURCE), LINES.join('\n') + '\n');
  graph = await openTestGraph();
  await clearGraph(graph);
  await migrate(graph);
  await loadExtraction(graph, extraction, SOURCE);
}, 120_000);

afterAll(async () => {
  await graph?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('organization scope', () => {
  it('finds a unit by alias and draws its tasks by role, the documents and its supervising leader', async () => {
    const g = await build('organization', '财政局');
    expect(g.root).toBe('organization:贺兰县财政局');
    expect(facts(g)).toEqual(expect.arrayContaining([
      '贺兰县财政局 配合 1. 落实基本医疗保险制度。',
      '贺兰县财政局 配合 2. 健全医疗救助制度。',
      '段建宏 分管 贺兰县财政局',
      '贺党发〔2022〕32号 部署 1. 落实基本医疗保险制度。',
    ]));
    expect(labels(g)).not.toContain('贺兰县民政局');
  });

  it('carries the provenance of each fact with the source line text', async () => {
    const g = await build('organization', '贺兰县财政局');
    const supervises = g.edges.find((e) => e.kind === 'supervises')!;
    expect(supervises.provenance).toEqual({ source: SOURCE, lines: [4, 4], text: LINES[3] });
    const cooperates = g.edges.filter((e) => e.kind === 'cooperating').map((e) => e.provenance?.text);
    expect(cooperates.sort()).toEqual([LINES[7], LINES[8]].sort());
  });

  it('filters task roles', async () => {
    const g = await build('organization', '发改局', { roles: ['lead'] });
    expect(g.edges.filter((e) => ['lead', 'responsible', 'cooperating'].includes(e.kind))).toEqual([]);
    const all = await build('organization', '发改局');
    expect(facts(all)).toContain('贺兰县发展和改革局 负责 2. 健全医疗救助制度。');
  });

  it('includes sub-units at depth 1 and not at depth 0', async () => {
    const deep = await build('organization', '贺兰县财政局', { depth: 1 });
    expect(facts(deep)).toContain('贺兰县金融工作局 隶属 贺兰县财政局');
    const flat = await build('organization', '贺兰县财政局', { depth: 0 });
    expect(labels(flat)).not.toContain('贺兰县金融工作局');
  });
});

describe('document scope', () => {
  it('draws a leadership division: leader → areas and units, by relation', async () => {
    const g = await build('document', '贺政发〔2022〕68号');
    expect(facts(g)).toEqual(expect.arrayContaining([
      '段建宏 负责 财税',
      '段建宏 分管 贺兰县财政局',
      '段建宏 分管 贺兰县发展和改革局',
      '段建宏 联系 国家税务总局贺兰县税务局',
      '贺兰县人民政府 印发 贺政发〔2022〕68号',
    ]));
  });

  it('draws a task document: tasks with their lead, responsible and cooperating units', async () => {
    const g = await build('document', '贺党发〔2022〕32号');
    expect(facts(g).filter((f) => f.includes('2. 健全')).sort()).toEqual([
      '贺党发〔2022〕32号 部署 2. 健全医疗救助制度。',
      '贺兰县医疗保障局 牵头 2. 健全医疗救助制度。',
      '贺兰县发展和改革局 负责 2. 健全医疗救助制度。',
      '贺兰县民政局 配合 2. 健全医疗救助制度。',
      '贺兰县财政局 配合 2. 健全医疗救助制度。',
    ]);
  });
});

describe('person and jurisdiction scopes', () => {
  it("a leader's portfolio and the tasks of the units in it", async () => {
    const g = await build('person', '段建宏');
    expect(g.root).toBe('person:贺兰县|段建宏');
    expect(facts(g)).toEqual(expect.arrayContaining(['段建宏 分管 贺兰县财政局', '贺兰县财政局 配合 1. 落实基本医疗保险制度。']));
  });

  it('a jurisdiction: leaders clustered with their units, task counts on units', async () => {
    const g = await build('jurisdiction', '贺兰县');
    const cluster = g.nodes.find((n) => n.kind === 'cluster');
    expect(cluster?.label).toBe('段建宏 分管');
    const finance = g.nodes.find((n) => n.id === 'organization:贺兰县财政局')!;
    expect(finance.parent).toBe(cluster!.id);
    expect(finance.counts).toEqual({ cooperating: 2 });
    expect(g.nodes.find((n) => n.id === 'organization:贺兰县医疗保障局')!.counts).toEqual({ lead: 2 });
    expect(g.nodes.some((n) => n.kind === 'task')).toBe(false);
  });
});

describe('search and errors', () => {
  it('finds units by alias, people and documents by name', async () => {
    const found = await findScopes(graph, '发改局', ['organization', 'person', 'document', 'jurisdiction']);
    expect(found[0]).toMatchObject({ kind: 'organization', key: '贺兰县发展和改革局' });
    expect((await findScopes(graph, '段建宏', ['person']))[0]).toMatchObject({ key: '贺兰县|段建宏' });
    expect((await findScopes(graph, '医疗保障制度', ['document']))[0]).toMatchObject({ key: '贺党发〔2022〕32号' });
  });

  it('an unknown name is a typed error with a hint', async () => {
    await expect(build('organization', '不存在的局')).rejects.toBeInstanceOf(VizError);
    await expect(build('organization', '不存在的局')).rejects.toMatchObject({ code: 'NOT_FOUND', hint: expect.stringContaining('--find') });
  });
});
