// The GraphQL API over the loaded sample corpus (real Neo4j, real loader).
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { Graph, QueryEvent } from '../../src/graph/driver';
import { startApi, type RunningApi } from '../../src/api/server';
import { ingestWith } from '../../src/api/ingest/ingest';
import { loadSampleCorpus, openTestGraph } from '../helpers/graph';

let graph: Graph;
let api: RunningApi;
const queries: QueryEvent[] = [];

interface GqlResponse { data?: any; errors?: { message: string; extensions?: { code?: string; hint?: string } }[] }

async function gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResponse> {
  const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as GqlResponse;
}

const codes = (r: GqlResponse) => (r.errors ?? []).map((e) => e.extensions?.code);

beforeAll(async () => {
  graph = await openTestGraph();
  await loadSampleCorpus(graph);
  graph.onQuery((e) => queries.push(e));
  api = await startApi({ graph, port: 0, host: '127.0.0.1', apiKey: null, ingest: null, log: () => {} });
}, 300_000);

afterAll(async () => {
  await api?.stop();
  await graph?.close();
});

describe('answers from the sample corpus', () => {
  it('the lead unit of 引导金融机构增加制造业中长期贷款 (银政办发〔2022〕35号) is 银川市金融工作局, with 李全才 responsible', async () => {
    const r = await gql(`{ tasks(filter: {keyword: "引导金融机构增加制造业中长期贷款", document: "银政办发〔2022〕35号"}) {
      totalCount edges { node { leads { organization { name } } leaders { person { name } } provenance { source lines } document { docNumber } } } } }`);
    expect(r.errors).toBeUndefined();
    const tasks = r.data.tasks.edges.map((e: any) => e.node);
    expect(tasks.length).toBeGreaterThanOrEqual(1);
    expect(tasks[0].document.docNumber).toBe('银政办发〔2022〕35号');
    expect(tasks[0].leads.map((l: any) => l.organization.name)).toContain('银川市金融工作局');
    expect(tasks[0].leaders.map((l: any) => l.person.name)).toContain('李全才');
    expect(tasks[0].provenance.source).toBe('yinchuan-2022-04.txt');
  });

  it('银党办〔2020〕60号 replaces 银党办〔2017〕21号, in both directions and in the chain', async () => {
    const r = await gql(`{
      newer: document(docNumber: "银党办〔2020〕60号") { supersedes { relation to { docNumber } } }
      older: document(docNumber: "银党办〔2017〕21号") { status statusBy { docNumber } supersededBy { relation from { docNumber } } }
      chain: supersessionChain(docNumber: "银党办〔2017〕21号") { relation from { docNumber } to { docNumber } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.newer.supersedes).toContainEqual({ relation: 'REPLACES', to: { docNumber: '银党办〔2017〕21号' } });
    expect(r.data.older.status).toBe('replaced');
    expect(r.data.older.statusBy.docNumber).toBe('银党办〔2020〕60号');
    expect(r.data.older.supersededBy).toContainEqual({ relation: 'REPLACES', from: { docNumber: '银党办〔2020〕60号' } });
    expect(r.data.chain).toContainEqual({ relation: 'REPLACES', from: { docNumber: '银党办〔2020〕60号' }, to: { docNumber: '银党办〔2017〕21号' } });
  });

  it('段建宏 supervises 贺兰县统计局 (from the person and from the unit)', async () => {
    const r = await gql(`{
      person(name: "段建宏", jurisdiction: "贺兰县") { portfolios { relation organization { name } } }
      organization(name: "统计局", jurisdiction: "贺兰县") { name leaders { relation person { name } } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.person.portfolios).toContainEqual({ relation: 'SUPERVISES', organization: { name: '贺兰县统计局' } });
    expect(r.data.organization.name).toBe('贺兰县统计局');
    expect(r.data.organization.leaders).toContainEqual({ relation: 'SUPERVISES', person: { name: '段建宏' } });
  });

  it('姜俐冰 was appointed 银川市教育局副局长 and removed as 银川市教育科学研究所所长 by 银政干发〔2022〕7号', async () => {
    const r = await gql(`{ person(name: "姜俐冰") { posts { action post { title } organization { name } document { docNumber } } } }`);
    expect(r.errors).toBeUndefined();
    const posts = r.data.person.posts;
    expect(posts).toContainEqual({ action: 'APPOINT', post: { title: '副局长' }, organization: { name: '银川市教育局' }, document: { docNumber: '银政干发〔2022〕7号' } });
    expect(posts).toContainEqual({ action: 'REMOVE', post: { title: '所长' }, organization: { name: '银川市教育科学研究所' }, document: { docNumber: '银政干发〔2022〕7号' } });
  });

  it('杨玉经 signed 银川市人民政府令第2号 as 银川市市长 (from the person and from the document)', async () => {
    const r = await gql(`{
      person(name: "杨玉经") { signed { title document { docNumber } } documents { docNumber } }
      document(docNumber: "银川市人民政府令第2号") { signatories { title person { name } provenance { source lines } } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.person.signed).toEqual([{ title: '银川市市长', document: { docNumber: '银川市人民政府令第2号' } }]);
    expect(r.data.person.documents.map((d: any) => d.docNumber)).toContain('银川市人民政府令第2号');
    expect(r.data.document.signatories).toEqual([{ title: '银川市市长', person: { name: '杨玉经' }, provenance: { source: 'yinchuan-2020-07.txt', lines: [122, 122] } }]);
  });

  it('short names in 贺兰县 find the same node as the full name: 发改局, 卫健局', async () => {
    const r = await gql(`{
      a: organization(name: "发改局", jurisdiction: "贺兰县") { name }
      b: organization(name: "贺兰县发展和改革局") { name }
      c: organization(name: "卫健局", jurisdiction: "贺兰县") { name }
      d: organization(name: "贺兰县卫生健康局") { name }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.a.name).toBe('贺兰县发展和改革局');
    expect(r.data.b.name).toBe('贺兰县发展和改革局');
    expect(r.data.c.name).toBe('贺兰县卫生健康局');
    expect(r.data.d.name).toBe('贺兰县卫生健康局');
  });

  it('post holders on a day follow appointments', async () => {
    const r = await gql(`{
      before: post(organization: "银川市教育局", title: "副局长") { holders(on: "2022-01-01") { person { name } } }
      after: post(organization: "银川市教育局", title: "副局长") { holders(on: "2022-12-31") { person { name } } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.before.holders.map((h: any) => h.person.name)).not.toContain('姜俐冰');
    expect(r.data.after.holders.map((h: any) => h.person.name)).toContain('姜俐冰');
  });

  it('documents in force on a day exclude those already replaced', async () => {
    const r = await gql(`{ documents(first: 100, filter: {inForceOn: "2021-01-01"}) { totalCount edges { node { docNumber } } } }`);
    expect(r.errors).toBeUndefined();
    const numbers = r.data.documents.edges.map((e: any) => e.node.docNumber);
    expect(numbers).not.toContain('银党办〔2017〕21号');
    expect(numbers).not.toContain('银政办发〔2022〕35号'); // not issued yet
  });

  it('search finds tasks and documents by their words', async () => {
    const r = await gql(`{ search(text: "制造业中长期贷款", first: 5) { kind score task { text } document { title } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.search.length).toBeGreaterThan(0);
    expect(r.data.search.some((h: any) => (h.task?.text ?? h.document?.title ?? '').includes('贷款'))).toBe(true);
  });

  it('stats counts nodes by label', async () => {
    const r = await gql('{ stats { kind count } }');
    const byKind = Object.fromEntries(r.data.stats.map((s: any) => [s.kind, s.count]));
    expect(byKind.Gazette).toBeGreaterThanOrEqual(3);
    expect(byKind.Task).toBeGreaterThan(100);
  });
});

describe('paging', () => {
  it('pages through organizations with cursors and totalCount', async () => {
    const q = `query($after: String) { organizations(first: 5, after: $after) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`;
    const one = await gql(q);
    const two = await gql(q, { after: one.data.organizations.pageInfo.endCursor });
    expect(one.data.organizations.edges).toHaveLength(5);
    expect(one.data.organizations.pageInfo.hasNextPage).toBe(true);
    const names = new Set([...one.data.organizations.edges, ...two.data.organizations.edges].map((e: any) => e.node.name));
    expect(names.size).toBe(10);
    expect(two.data.organizations.totalCount).toBe(one.data.organizations.totalCount);
  });

  it('refuses first above 100 with BAD_USER_INPUT', async () => {
    const r = await gql('{ tasks(first: 101) { totalCount } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('no N+1', () => {
  it('50 organizations → led tasks → document → supersessions runs one query per field level', async () => {
    const q = `{ organizations(first: 50) { edges { node { name
      ledTasks(first: 10) { edges { node { text document { docNumber supersedes { relation to { docNumber } } supersededBy { from { docNumber } } } } } } } } } }`;
    queries.length = 0;
    const r = await gql(q);
    expect(r.errors).toBeUndefined();
    const orgs = r.data.organizations.edges;
    expect(orgs).toHaveLength(50);
    const tasks = orgs.flatMap((o: any) => o.node.ledTasks.edges);
    expect(tasks.length).toBeGreaterThan(10);
    const names = queries.map((e) => e.name);
    // organizations, ledTasks, document, supersedes, supersededBy: one statement each.
    expect(names.sort()).toEqual(['read/document/superseded-by', 'read/document/supersedes', 'read/organization/list', 'read/organization/tasks', 'read/task/document'].sort());
  });
});

describe('a page of tasks brings its lead units along', () => {
  it('answers tasks with their leads in one statement, the same leads the per-task reader gives', async () => {
    queries.length = 0;
    const r = await gql('{ tasks(first: 30, filter: {keyword: "企业"}) { edges { node { key leads { organization { name } provenance { lines } } } } } }');
    expect(r.errors).toBeUndefined();
    expect(queries.map((e) => e.name)).toEqual(['read/task/list']);
    const tasks = r.data.tasks.edges.map((e: any) => e.node);
    expect(tasks.filter((t: any) => t.leads.length > 0).length).toBeGreaterThan(5);
    // The document's tasks go through a different statement; both must agree with read/task/leads.
    const viaDocument = await gql('{ document(docNumber: "银政办发〔2022〕35号") { tasks(first: 30) { edges { node { key leads { organization { name } provenance { lines } } } } } } }');
    expect(viaDocument.errors).toBeUndefined();
    const all = [...tasks, ...viaDocument.data.document.tasks.edges.map((e: any) => e.node)];
    const rows = await graph.read<{ key: string; items: { organization: { name: string }; rel: { lines: number[] } }[] }>('read/task/leads', { keys: all.map((t: any) => t.key) });
    const expected = new Map(rows.map((row) => [row.key, row.items.map((i) => ({ organization: { name: i.organization.name }, provenance: { lines: i.rel.lines } }))]));
    for (const t of all) expect(t.leads).toEqual(expected.get(t.key) ?? []);
  });
});

describe('aliases of linked units are read on demand', () => {
  it('gives a lead unit the same aliases as the unit looked up by name, with one batch for all', async () => {
    queries.length = 0;
    const r = await gql('{ tasks(first: 10, filter: {leadOrganization: "发改局", jurisdiction: "贺兰县"}) { edges { node { leads { organization { name aliases } } } } } }');
    expect(r.errors).toBeUndefined();
    expect(queries.map((e) => e.name)).toEqual(['read/organization/find', 'read/task/list', 'read/organization/by-name']);
    const leads = r.data.tasks.edges.flatMap((e: any) => e.node.leads.map((l: any) => l.organization));
    const ndrc = leads.find((o: any) => o.name === '贺兰县发展和改革局');
    expect(ndrc).toBeDefined();
    const direct = await gql('{ organization(name: "贺兰县发展和改革局") { aliases } }');
    expect(ndrc.aliases).toEqual(direct.data.organization.aliases);
    expect(ndrc.aliases).toContain('发改局');
  });
});

describe('tasks without totalCount stop searching once the page is known', () => {
  const cursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64');
  it('gives the same pages and hasNextPage as the counted search, up to the last page', async () => {
    const all: string[] = [];
    let total = 0;
    for (let after = -1; after === -1 || all.length < total; after = all.length - 1) {
      const arg = after < 0 ? '' : `, after: "${cursor(after)}"`;
      const counted = await gql(`{ tasks(first: 100${arg}, filter: {keyword: "企业"}) { totalCount edges { node { key } } } }`);
      total = counted.data.tasks.totalCount;
      all.push(...counted.data.tasks.edges.map((e: any) => e.node.key));
    }
    expect(total).toBeGreaterThan(100);
    for (const [after, first] of [[-1, 10], [total - 12, 10], [total - 11, 10], [total - 3, 10]]) {
      const arg = after < 0 ? '' : `, after: "${cursor(after)}"`;
      const r = await gql(`{ tasks(first: ${first}${arg}, filter: {keyword: "企业"}) { pageInfo { hasNextPage } edges { node { key } } } }`);
      expect(r.errors).toBeUndefined();
      const start = after + 1;
      expect(r.data.tasks.edges.map((e: any) => e.node.key)).toEqual(all.slice(start, start + first));
      expect(r.data.tasks.pageInfo.hasNextPage).toBe(start + first < total);
    }
  });
});

describe('a lookup and the child list it is asked with, in one statement', () => {
  const orgPage = 'totalCount pageInfo { hasNextPage endCursor } edges { cursor role mention node { key text leads { organization { name } } } }';
  const docPage = 'totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key text leads { organization { name } } } }';

  it('organization(…) { ledTasks } is one statement and answers as the separate lookup and page do', async () => {
    const after = Buffer.from('o:2').toString('base64');
    queries.length = 0;
    const one = await gql(`{ organization(name: "发改局", jurisdiction: "贺兰县") { name ledTasks(first: 5, after: "${after}") { ${orgPage} } } }`);
    expect(one.errors).toBeUndefined();
    // (Pages of a unit's tasks do not carry lead units; they come in one batch.)
    expect(queries.map((e) => e.name)).toEqual(['read/organization/find-with-tasks', 'read/task/leads']);
    // Selecting the field twice with different arguments takes the ordinary path: lookup, then a batch per window.
    queries.length = 0;
    const two = await gql(`{ organization(name: "发改局", jurisdiction: "贺兰县") { name ledTasks(first: 5, after: "${after}") { ${orgPage} } other: ledTasks(first: 1) { totalCount } } }`);
    expect(two.errors).toBeUndefined();
    expect(queries.map((e) => e.name).sort()).toEqual(['read/organization/find', 'read/organization/tasks', 'read/organization/tasks', 'read/task/leads']);
    expect(one.data.organization.name).toBe('贺兰县发展和改革局');
    expect(one.data.organization.ledTasks).toEqual(two.data.organization.ledTasks);
    expect(one.data.organization.ledTasks.edges).toHaveLength(5);
  });

  it('organization(…) { tasks(role:) } is one statement too, with the same answer', async () => {
    queries.length = 0;
    const one = await gql(`{ organization(name: "贺兰县财政局") { tasks(role: COOPERATING, first: 7) { ${orgPage} } } }`);
    expect(one.errors).toBeUndefined();
    expect(queries.map((e) => e.name)).toEqual(['read/organization/find-with-tasks', 'read/task/leads']);
    const two = await gql(`{ organization(name: "贺兰县财政局") { tasks(role: COOPERATING, first: 7) { ${orgPage} } ledTasks(first: 1) { totalCount } } }`);
    expect(two.data.organization.tasks).toEqual(one.data.organization.tasks);
    expect(one.data.organization.tasks.edges.length).toBeGreaterThan(0);
    expect(one.data.organization.tasks.edges.every((e: any) => e.role === 'COOPERATING')).toBe(true);
  });

  it('document(…) { tasks } is one statement and answers as the separate lookup and page do', async () => {
    queries.length = 0;
    const one = await gql(`{ document(docNumber: "银政办发〔2022〕35号") { title tasks(first: 15) { ${docPage} } } }`);
    expect(one.errors).toBeUndefined();
    expect(queries.map((e) => e.name)).toEqual(['read/document/find-with-tasks']);
    queries.length = 0;
    const two = await gql(`{ document(docNumber: "银政办发〔2022〕35号") { title tasks(first: 15) { ${docPage} } other: tasks(first: 2) { totalCount } } }`);
    expect(queries.map((e) => e.name)).toEqual(['read/document/find', 'read/document/tasks', 'read/document/tasks']);
    expect(one.data.document).toEqual({ title: two.data.document.title, tasks: two.data.document.tasks });
    expect(one.data.document.tasks.totalCount).toBeGreaterThan(15);
  });

  it('person(…) { posts } is one statement and answers as the separate lookup and posts do', async () => {
    const fields = 'key name posts { action on post { title } organization { name } document { docNumber } provenance { source lines } }';
    queries.length = 0;
    const one = await gql(`{ person(name: "姜俐冰") { ${fields} } }`);
    expect(one.errors).toBeUndefined();
    expect(queries.map((e) => e.name).sort()).toEqual(['read/document/by-key', 'read/person/find-with-posts', 'read/post/organization']);
    // Without posts selected under person(…), the lookup and the posts batch run apart (here, posts under people).
    queries.length = 0;
    const two = await gql(`{ people(filter: {nameContains: "姜俐冰"}) { edges { node { ${fields} } } } }`);
    expect(queries.map((e) => e.name)).toContain('read/person/posts');
    expect(two.data.people.edges.map((e: any) => e.node)).toEqual([one.data.person]);
    expect(one.data.person.posts.length).toBeGreaterThanOrEqual(2);
    // Someone with no posts is still found, with an empty list.
    const signer = await gql('{ person(name: "杨玉经") { name posts { action } signed { title } } }');
    expect(signer.data.person).toEqual({ name: '杨玉经', posts: [], signed: [{ title: '银川市市长' }] });
  });

  it('an unknown name is still NOT_FOUND, and a bad page argument is still reported on the field', async () => {
    expect(codes(await gql('{ organization(name: "不存在的局") { ledTasks { totalCount } } }'))).toEqual(['NOT_FOUND']);
    expect(codes(await gql('{ document(docNumber: "不存在〔2099〕1号") { tasks { totalCount } } }'))).toEqual(['NOT_FOUND']);
    expect(codes(await gql('{ person(name: "不存在的人") { posts { action } } }'))).toEqual(['NOT_FOUND']);
    const bad = await gql('{ organization(name: "贺兰县财政局") { name ledTasks(first: 101) { totalCount } } }');
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.message).toMatch(/first/);
  });
});

describe('provenance is read only when the query asks for it', () => {
  // Each statement that reads a page of tasks, reached through the query that runs it.
  const pages = [
    { statement: 'read/organization/find-with-tasks', query: (sel: string) => `{ organization(name: "贺兰县发展和改革局") { ledTasks(first: 8) { ${sel} } } }`, page: (d: any) => d.organization.ledTasks },
    { statement: 'read/organization/tasks', query: (sel: string) => `{ organizations(filter: {nameContains: "贺兰县发展和改革局"}) { edges { node { ledTasks(first: 8) { ${sel} } } } } }`, page: (d: any) => d.organizations.edges[0].node.ledTasks },
    { statement: 'read/document/find-with-tasks', query: (sel: string) => `{ document(docNumber: "银政办发〔2022〕35号") { tasks(first: 8) { ${sel} } } }`, page: (d: any) => d.document.tasks },
    { statement: 'read/document/tasks', query: (sel: string) => `{ documents(filter: {keyword: "银政办发〔2022〕35号"}) { edges { node { tasks(first: 8) { ${sel} } } } } }`, page: (d: any) => d.documents.edges[0].node.tasks },
    { statement: 'read/task/list', query: (sel: string) => `{ tasks(first: 8, filter: {keyword: "企业"}) { ${sel} } }`, page: (d: any) => d.tasks },
  ];
  const slim = 'edges { node { key text leads { organization { name } role } } }';
  const full = 'edges { node { key text provenance { source lines } leads { organization { name } role mention provenance { lines } } } }';
  const strip = (page: any) => page.edges.map((e: any) => ({ key: e.node.key, text: e.node.text, leads: e.node.leads.map((l: any) => ({ organization: l.organization, role: l.role })) }));
  const provenanceParam = (statement: string) => queries.filter((e) => e.name === statement).map((e) => e.params.provenance);

  it.each(pages)('$statement: without provenance selected, the same tasks, read without it', async ({ statement, query, page }) => {
    queries.length = 0;
    const without = await gql(query(slim));
    expect(without.errors).toBeUndefined();
    expect(provenanceParam(statement)).toEqual([false]);
    queries.length = 0;
    const withIt = await gql(query(full));
    expect(withIt.errors).toBeUndefined();
    expect(provenanceParam(statement)).toEqual([true]);
    expect(strip(page(without.data))).toEqual(strip(page(withIt.data)));
    const tasks = page(withIt.data).edges.map((e: any) => e.node);
    expect(tasks.length).toBeGreaterThan(0);
    for (const t of tasks) expect(t.provenance.lines).toHaveLength(2);
    expect(tasks.flatMap((t: any) => t.leads).every((l: any) => l.provenance.lines?.length === 2)).toBe(true);
  });

  it('an edge asking for mention or provenance gets it, also through a fragment', async () => {
    const r = await gql(`{ organization(name: "贺兰县发展和改革局") { ledTasks(first: 5) { ...Cited } } }
      fragment Cited on OrganizationTaskConnection { edges { mention provenance { lines } node { text } } }`);
    expect(r.errors).toBeUndefined();
    const edges = r.data.organization.ledTasks.edges;
    expect(edges).toHaveLength(5);
    for (const e of edges) {
      expect(e.mention).toEqual(expect.any(String));
      expect(e.provenance.lines).toHaveLength(2);
    }
  });

  it('two selections of one page, one with provenance and one without, each get what they ask', async () => {
    const r = await gql(`{ organization(name: "贺兰县发展和改革局") {
      bare: ledTasks(first: 5) { edges { node { text } } }
      cited: ledTasks(first: 5) { edges { node { text provenance { lines } } } } } }`);
    expect(r.errors).toBeUndefined();
    const { bare, cited } = r.data.organization;
    expect(bare.edges.map((e: any) => e.node.text)).toEqual(cited.edges.map((e: any) => e.node.text));
    for (const e of cited.edges) expect(e.node.provenance.lines).toHaveLength(2);
  });
});

describe('limits and errors', () => {
  it('rejects a query deeper than the depth limit with QUERY_TOO_DEEP', async () => {
    const deep = `{ organization(name: "发改局", jurisdiction: "贺兰县") { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } } }`;
    const r = await gql(deep);
    expect(codes(r)).toEqual(['QUERY_TOO_DEEP']);
    expect(r.data).toBeUndefined();
  });

  it('rejects a query over the cost limit with QUERY_TOO_COSTLY, before touching Neo4j', async () => {
    queries.length = 0;
    const costly = `{ organizations(first: 100) { edges { node { ledTasks(first: 100) { edges { node { organizations { organization { name } } } } } } } } }`;
    const r = await gql(costly);
    expect(codes(r)).toEqual(['QUERY_TOO_COSTLY']);
    expect(queries).toHaveLength(0);
  });

  it('answers NOT_FOUND for an unknown organization, with a hint', async () => {
    const r = await gql('{ organization(name: "不存在的局") { name } }');
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors?.[0]?.extensions?.hint).toBeTruthy();
  });

  it('refuses ingestDocument without an API key (UNAUTHENTICATED)', async () => {
    const r = await gql('mutation { ingestDocument(text: "x", source: "x.txt") { source } }');
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  });

  it('serves /healthz, /readyz and GraphiQL from local assets', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const page = await (await fetch(api.url, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('/graphiql/graphiql.min.js');
    expect(page).not.toMatch(/https?:\/\/(?!localhost)/);
    const js = await fetch(`${base}/graphiql/graphiql.min.js`);
    expect(js.status).toBe(200);
    expect((await js.text()).length).toBeGreaterThan(100_000);
  });
});

describe('ingestDocument', () => {
  it('with the API key, extracts and loads a text and returns the documents it created', async () => {
    const text = fs.readFileSync(path.join(PROJECT_ROOT, 'data', 'gazettes', 'helan-2022-05.txt'), 'utf8').split('\n').slice(0, 200).join('\n');
    const keyed = await startApi({ graph, port: 0, host: '127.0.0.1', apiKey: 'k-123', ingest: ingestWith(graph), log: () => {} });
    try {
      const post = async (key: string) => {
        const res = await fetch(keyed.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': key },
          body: JSON.stringify({ query: 'mutation($t: String!) { ingestDocument(text: $t, source: "posted.txt") { source outcome nodesCreated documents { key } } }', variables: { t: text } }),
        });
        return (await res.json()) as GqlResponse;
      };
      expect(codes(await post('wrong'))).toEqual(['UNAUTHENTICATED']);
      const ok = await post('k-123');
      expect(ok.errors).toBeUndefined();
      expect(ok.data.ingestDocument.source).toBe('posted.txt');
      expect(ok.data.ingestDocument.documents.length).toBeGreaterThan(0);
      expect((await post('k-123')).data.ingestDocument.outcome).toBe('unchanged');
    } finally {
      await keyed.stop();
    }
  });
});
