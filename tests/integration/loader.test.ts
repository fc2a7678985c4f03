// The loader against a real Neo4j: small hand-written extractions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph, GraphTx } from '../../src/graph/driver';
import type { Extraction } from '../../src/extract/types';
import { loadExtraction, loadSources, migrate } from '../../loaders';
import { clearGraph, openTestGraph } from '../helpers/graph';
import { doc, extraction, org, richGazette } from '../unit/loaders/fixtures';
import { diffDumps, dumpGraph } from './loader-checksum';

jest.setTimeout(120_000);

let graph: Graph;

beforeAll(async () => {
  graph = await openTestGraph();
  await migrate(graph);
});

beforeEach(() => clearGraph(graph));

afterAll(async () => {
  await clearGraph(graph);
  await graph.close();
});

const count = async (cypher: string, params = {}): Promise<number> => {
  const [row] = await graph.read<{ n: number }>(cypher, params);
  return row?.n ?? 0;
};

function version(e: Extraction, sha: string): Extraction {
  return { ...e, source: { ...e.source, sha256: sha } };
}

describe('migrate', () => {
  it('is idempotent and creates every key constraint and the CJK full-text indexes', async () => {
    await migrate(graph);
    const constraints = await graph.read<{ labels: string[]; props: string[] }>(
      "SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, properties AS props, type WHERE type = 'UNIQUENESS' RETURN labels, props",
    );
    const keys = constraints.map((c) => `${c.labels[0]}.${c.props[0]}`).sort();
    expect(keys).toEqual(expect.arrayContaining(['Alias.key', 'Area.key', 'Document.key', 'Gazette.key', 'Jurisdiction.name',
      'Organization.name', 'Person.key', 'Post.key', 'Programme.key', 'Source.id', 'Task.key']));
    const fulltext = await graph.read<{ name: string; analyzer: string }>(
      "SHOW INDEXES YIELD name, type, options WHERE type = 'FULLTEXT' RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer",
    );
    expect(fulltext.map((f) => [f.name, f.analyzer]).sort()).toEqual(
      expect.arrayContaining([['documentText', 'cjk'], ['programmeName', 'cjk'], ['taskText', 'cjk']]),
    );
  });

  it('replaces an index and a constraint whose definition changed under the same name, and leaves the rest', async () => {
    // As an older schema would have left them.
    await graph.write('DROP INDEX post_title');
    await graph.write('CREATE INDEX post_title FOR (n:Post) ON (n.organization)');
    await graph.write('DROP CONSTRAINT area_key');
    await graph.write('CREATE CONSTRAINT area_key FOR (n:Area) REQUIRE n.name IS UNIQUE');
    const result = await migrate(graph);
    expect(result.replaced.sort()).toEqual(['area_key', 'post_title']);
    expect(result.applied).toBe(2);
    const defs = await graph.read<{ name: string; props: string[] }>(
      "SHOW INDEXES YIELD name, properties AS props WHERE name IN ['post_title', 'area_key'] RETURN name, props ORDER BY name",
    );
    expect(defs).toEqual([{ name: 'area_key', props: ['key'] }, { name: 'post_title', props: ['title'] }]);
    expect(await migrate(graph)).toMatchObject({ applied: 0, replaced: [] });
  });
});

describe('loadExtraction', () => {
  it('writes every fact of a gazette once, with provenance', async () => {
    const result = await loadExtraction(graph, richGazette('rich.txt'), 'rich.txt');
    expect(result.outcome).toBe('loaded');
    // Counted by hand from richGazette(): 1 printed + 2 referred documents, 4 units …
    expect(await count('MATCH (d:Document) RETURN count(d) AS n')).toBe(3);
    expect(await count('MATCH (d:Document {stub: true}) RETURN count(d) AS n')).toBe(2);
    expect(await count('MATCH (o:Organization) RETURN count(o) AS n')).toBe(4);
    expect(await count('MATCH (p:Person) RETURN count(p) AS n')).toBe(4);
    expect(await count('MATCH (:Task)-[r:LED_BY|ASSIGNED_TO]->(:Organization) RETURN count(r) AS n')).toBe(3);
    expect(await count('MATCH (:Programme)-[r:LED_BY]->(:Organization) RETURN count(r) AS n')).toBe(1);
    expect(await count("MATCH (:Person {key: '银川市|李四'})-[r:APPOINTED_TO]->(:Post {key: '银川市财政局|副局长'})-[:OF]->(:Organization) RETURN count(r) AS n")).toBe(1);
    expect(await count("MATCH (:Person {key: '银川市|张三'})-[r:SIGNED {title: '市长', source: 'rich.txt'}]->(:Document {key: '银政发〔2022〕1号'}) RETURN count(r) AS n")).toBe(1);
    expect(result.counters.nodesCreated).toBe(await count('MATCH (n) RETURN count(n) AS n'));
    expect(result.counters.relationshipsCreated).toBe(await count('MATCH ()-[r]->() RETURN count(r) AS n'));
    const [task] = await graph.read('MATCH (t:Task)-[r:LED_BY]->(o) RETURN t.source AS source, t.sha256 AS sha, r.lines AS lines, r.mention AS mention, o.name AS org');
    expect(task).toEqual({ source: 'rich.txt', sha: 'sha-of-rich.txt', lines: [12, 13], mention: '发改委', org: '银川市发展和改革委员会' });
    const [old] = await graph.read("MATCH (d:Document {key: '银政发〔2019〕9号'}) RETURN d.status AS status, d.statusBy AS by, d.statusOn AS on, d.title AS title");
    expect(old).toEqual({ status: 'repealed', by: '银政发〔2022〕1号', on: '2022-03-01', title: '旧办法' });
  });

  it('changes nothing when the same source is loaded again', async () => {
    await loadExtraction(graph, richGazette('rich.txt'), 'rich.txt');
    const before = await dumpGraph(graph);
    const again = await loadExtraction(graph, richGazette('rich.txt'), 'rich.txt');
    expect(again.outcome).toBe('unchanged');
    expect((await dumpGraph(graph)).hash).toBe(before.hash);
  });

  it('gives the same graph whichever order the sources are loaded in', async () => {
    const a = richGazette('a.txt');
    const b = richGazette('b.txt', '贺兰县');
    // b reprints a's document and cites it too: shared nodes both ways.
    b.documents.push({ ...a.documents[0]!, title: '另一个标题', tasks: [] });
    await loadExtraction(graph, a, 'a.txt');
    await loadExtraction(graph, b, 'b.txt');
    const ab = await dumpGraph(graph);
    await clearGraph(graph);
    await loadExtraction(graph, b, 'b.txt');
    await loadExtraction(graph, a, 'a.txt');
    const ba = await dumpGraph(graph);
    expect(diffDumps(ab, ba)).toEqual({ onlyA: [], onlyB: [] });
    const [d] = await graph.read("MATCH (d:Document {key: '银政发〔2022〕1号'}) RETURN d.title AS title, d.source AS source");
    expect(d).toEqual({ title: '关于印发实施方案的通知', source: 'a.txt' });
  });

  it('replaces only the changed source’s facts and removes what nothing else refers to', async () => {
    const other = richGazette('other.txt', '贺兰县');
    const small = version(extraction('rich.txt', [doc({ docNumber: '银政发〔2022〕1号', title: '新标题', issuers: [org('银川市人民政府')] })]), 'v2');
    await loadExtraction(graph, other, 'other.txt');
    await loadExtraction(graph, small, 'rich.txt');
    const expected = await dumpGraph(graph);

    await clearGraph(graph);
    await loadExtraction(graph, other, 'other.txt');
    const otherOnly = await dumpGraph(graph);
    await loadExtraction(graph, richGazette('rich.txt'), 'rich.txt');
    expect((await loadExtraction(graph, small, 'rich.txt')).outcome).toBe('replaced');
    expect(diffDumps(await dumpGraph(graph), expected)).toEqual({ onlyA: [], onlyB: [] });
    // other.txt's facts are all still there, untouched.
    const now = await dumpGraph(graph);
    const otherFacts = otherOnly.relationships.filter((r) => r.includes('"other.txt"'));
    expect(otherFacts.length).toBeGreaterThan(10);
    expect(now.relationships).toEqual(expect.arrayContaining(otherFacts));
  });

  it('joins a citation and a print of one document, and reverts to a stub when the print goes', async () => {
    const citing = extraction('citing.txt', [
      doc({ docNumber: 'X〔2020〕1号', title: '引用者', citations: [{ docNumber: 'Y〔2019〕2号', title: '被引用的标题', lines: [5] }] }),
    ]);
    const printing = extraction('printing.txt', [doc({ docNumber: 'Y〔2019〕2号', title: '印发的标题', body: '正文' })]);
    await loadExtraction(graph, citing, 'citing.txt');
    await loadExtraction(graph, printing, 'printing.txt');
    expect(await graph.read("MATCH (d:Document {key: 'Y〔2019〕2号'}) RETURN d.title AS title, d.stub AS stub"))
      .toEqual([{ title: '印发的标题', stub: false }]);
    await loadExtraction(graph, version(extraction('printing.txt', []), 'empty'), 'printing.txt');
    expect(await graph.read("MATCH (d:Document {key: 'Y〔2019〕2号'}) RETURN d.title AS title, d.stub AS stub, d.body AS body"))
      .toEqual([{ title: '被引用的标题', stub: true, body: null }]);
    await loadExtraction(graph, version(extraction('citing.txt', []), 'empty'), 'citing.txt');
    expect(await count('MATCH (d:Document) RETURN count(d) AS n')).toBe(0);
  });

  it('prefers repealed or replaced over amended, then the latest date', async () => {
    const target = 'Z〔2018〕1号';
    const e = extraction('s.txt', [
      doc({ docNumber: 'A1', title: 'a', issuedOn: '2023-01-01', supersedes: [{ relation: 'amends', docNumber: target, title: null, lines: [1] }] }),
      doc({ docNumber: 'A2', title: 'b', issuedOn: '2021-01-01', supersedes: [{ relation: 'replaces', docNumber: target, title: null, lines: [2] }] }),
      doc({ docNumber: 'A3', title: 'c', issuedOn: '2022-01-01', supersedes: [{ relation: 'repeals', docNumber: target, title: null, lines: [3] }] }),
    ]);
    await loadExtraction(graph, e, 's.txt');
    expect(await graph.read('MATCH (d:Document {key: $k}) RETURN d.status AS s, d.statusBy AS by, d.statusOn AS on', { k: target }))
      .toEqual([{ s: 'repealed', by: 'A3', on: '2022-01-01' }]);
    expect(await count("MATCH (d:Document {status: 'in_force'}) RETURN count(d) AS n")).toBe(3);
  });

  it('keeps one organization per canonical name with every alias seen', async () => {
    const a = extraction('a.txt', [doc({ title: 'a', issuers: [org('贺兰县发展和改革局', '发改局')] })], { jurisdiction: '贺兰县' });
    const b = extraction('b.txt', [doc({ title: 'b', issuers: [org('贺兰县发展和改革局', '县发展改革局')] })], { jurisdiction: '贺兰县' });
    await loadExtraction(graph, a, 'a.txt');
    await loadExtraction(graph, b, 'b.txt');
    expect(await graph.read('MATCH (o:Organization)-[:IN]->(j) RETURN o.name AS name, o.aliases AS aliases, j.name AS j'))
      .toEqual([{ name: '贺兰县发展和改革局', aliases: ['县发展改革局', '发改局'], j: '贺兰县' }]);
    expect(await count("MATCH (:Alias {key: '贺兰县|发改局'})-[:ALIAS_OF]->(o:Organization) RETURN count(o) AS n")).toBe(1);
  });
});

describe('atomicity', () => {
  it('leaves no trace of a source whose transaction fails part-way, and a rerun completes', async () => {
    await loadExtraction(graph, richGazette('other.txt', '贺兰县'), 'other.txt');
    const before = await dumpGraph(graph);
    let statements = 0;
    const failing: Graph = {
      ...graph,
      writeTransaction: (work) =>
        graph.writeTransaction((tx) =>
          work({
            run: async (q: string, p?: Record<string, unknown>) => {
              if (++statements === 12) throw new Error('forced failure after 11 statements');
              return tx.run(q, p);
            },
          } as GraphTx),
        ),
    } as Graph;
    await expect(loadExtraction(failing, richGazette('rich.txt'), 'rich.txt')).rejects.toThrow('forced failure');
    expect(statements).toBeGreaterThanOrEqual(12);
    expect(diffDumps(await dumpGraph(graph), before)).toEqual({ onlyA: [], onlyB: [] });
    expect((await loadExtraction(graph, richGazette('rich.txt'), 'rich.txt')).outcome).toBe('loaded');
    expect(await count("MATCH (s:Source {id: 'rich.txt'}) RETURN count(s) AS n")).toBe(1);
  });
});

describe('hostile text', () => {
  const nasty = `O'Brien"}) DETACH DELETE n // \\ 'x' MATCH (m) DETACH DELETE m;`;

  // Keys and names drop whitespace (as the extractor writes them); all else is verbatim.
  const compact = nasty.replace(/\s+/g, '');

  it('stores names, titles and file names verbatim (parameters only)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-nasty-'));
    const file = path.join(dir, `a'}) DETACH DELETE n \\ "q".json`);
    const e = extraction(path.basename(file), [
      doc({
        docNumber: `${nasty}号`,
        title: nasty,
        body: nasty,
        issuers: [org(`银川市${nasty}`, nasty)],
        tasks: [{ number: nasty, text: nasty, leads: [org(`银川市${nasty}`, nasty)], responsible: [], cooperating: [], leaders: [{ name: nasty }], deadline: nasty, lines: [1] }],
      }),
    ]);
    fs.writeFileSync(file, JSON.stringify(e));
    const summary = await loadSources(graph, [file]);
    expect(summary.failed).toBe(0);
    expect(await graph.read('MATCH (s:Source) RETURN s.id AS id')).toEqual([{ id: path.basename(file) }]);
    expect(await graph.read('MATCH (d:Document) RETURN d.key AS key, d.docNumber AS number, d.title AS title, d.body AS body'))
      .toEqual([{ key: `${compact}号`, number: `${nasty}号`, title: nasty, body: nasty }]);
    expect(await graph.read('MATCH (t:Task)-[:LED_BY]->(o:Organization) RETURN t.text AS text, t.number AS number, o.name AS org, o.aliases AS aliases'))
      .toEqual([{ text: nasty, number: nasty, org: `银川市${compact}`, aliases: [compact] }]);
    expect(await graph.read('MATCH (p:Person) RETURN p.name AS name')).toEqual([{ name: compact }]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('loadSources', () => {
  it('reports bad files with their reason and still loads the good ones', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-bad-'));
    fs.writeFileSync(path.join(dir, 'good.json'), JSON.stringify(richGazette('good.txt')));
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"version": 1, "documents": [');
    fs.writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ hello: 'world' }));
    const events: number[] = [];
    const summary = await loadSources(graph, [dir, path.join(dir, 'missing.txt')], { onProgress: (e) => events.push(e.done) });
    expect(summary.loaded).toBe(1);
    expect(summary.failed).toBe(3);
    const reasons = Object.fromEntries(summary.sources.filter((s) => s.outcome === 'failed').map((s) => [path.basename(s.path), s.reason]));
    expect(reasons).toEqual({
      'broken.json': 'cannot extract: not valid JSON',
      'other.json': expect.stringContaining('not an extraction JSON'),
      'missing.txt': 'no such file or folder',
    });
    expect(events).toEqual([0, 1, 2, 3]);
    expect(await graph.read('MATCH (s:Source) RETURN s.id AS id')).toEqual([{ id: 'good.txt' }]);
    const again = await loadSources(graph, [path.join(dir, 'good.json')]);
    expect(again.unchanged).toBe(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  it('extracts an unchanged gazette again when it was loaded by another extractor, and only then', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-upgrade-'));
    const file = path.join(dir, 'order.txt');
    fs.writeFileSync(file, ['银川市人民政府关于废止《银川市地方税收保障办法》的决定', '', '第 2 号', '', '现予公布。', '', '银川市市长 杨玉经', '', '2020 年 8 月 29 日', ''].join('\n'));
    expect((await loadSources(graph, [file])).loaded).toBe(1);
    const [stored] = await graph.read<{ extractor: string }>("MATCH (s:Source {id: 'order.txt'}) RETURN s.extractor AS extractor");
    expect(stored?.extractor).toMatch(/^[0-9a-f]{16}$/);
    expect((await loadSources(graph, [file])).unchanged).toBe(1);

    // As an older version would have left it: no SIGNED, another extractor.
    await graph.write("MATCH (s:Source {id: 'order.txt'}) SET s.extractor = 'older' WITH s MATCH ()-[r:SIGNED]->() DELETE r");
    const upgraded = await loadSources(graph, [file]);
    expect(upgraded.replaced).toBe(1);
    expect(await count("MATCH (:Person {name: '杨玉经'})-[r:SIGNED]->(:Document) RETURN count(r) AS n")).toBe(1);
    expect(await graph.read("MATCH (s:Source {id: 'order.txt'}) RETURN s.extractor AS extractor")).toEqual([{ extractor: stored?.extractor }]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
