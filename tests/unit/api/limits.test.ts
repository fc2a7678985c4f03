// Depth and cost limits, paging windows and error formatting, without a database.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { buildApiSchema } from '../../../src/api/schema';
import { depthLimit } from '../../../src/api/limits/depth';
import { queryCost } from '../../../src/api/limits/cost';
import { cachedCost } from '../../../src/api/plugins/cost-limit';
import { encodeCursor, toConnection, windowOf } from '../../../src/api/common/connection';
import { formatErrorWith } from '../../../src/api/plugins/format-error';
import { holdersOn } from '../../../src/api/post/holders';
import { GraphQueryError, GraphUnavailableError } from '../../../src/graph/errors';
import { CYPHER_DIR } from '../../../src/graph/cypher';

const schema = buildApiSchema();

describe('depth limit', () => {
  const errorsFor = (q: string, max: number) => validate(schema, parse(q), [...specifiedRules, depthLimit(max)]);

  it('accepts a query at the limit and rejects one level more with QUERY_TOO_DEEP', () => {
    const q = '{ organization(name: "x") { parent { parent { name } } } }'; // depth 4
    expect(errorsFor(q, 4)).toHaveLength(0);
    const errs = errorsFor(q, 3);
    expect(errs).toHaveLength(1);
    expect(errs[0]!.extensions.code).toBe('QUERY_TOO_DEEP');
  });

  it('follows fragments and ignores introspection', () => {
    const q = 'query { organization(name: "x") { ...P } } fragment P on Organization { parent { parent { name } } }';
    expect(errorsFor(q, 3)).toHaveLength(1);
    expect(errorsFor('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }', 2)).toHaveLength(0);
  });
});

describe('query cost', () => {
  it('multiplies nested lists by their first', () => {
    const small = queryCost(schema, parse('{ organizations(first: 2) { edges { node { name } } } }'), {});
    const big = queryCost(schema, parse('{ organizations(first: 20) { edges { node { name } } } }'), {});
    expect(big).toBeGreaterThan(small * 5);
  });

  it('reads first from variables', () => {
    const q = parse('query($n: Int) { organizations(first: $n) { edges { node { ledTasks(first: $n) { totalCount } } } } }');
    expect(queryCost(schema, q, { n: 100 })).toBeGreaterThan(queryCost(schema, q, { n: 1 }) * 100);
  });
});

describe('remembered query cost', () => {
  it('computes a document\'s cost once per variable set and gives the same answer as queryCost', () => {
    const calls: unknown[] = [];
    const cost = cachedCost((...args) => { calls.push(args[2]); return queryCost(...args); });
    const doc = parse('query($n: Int) { organizations(first: $n) { edges { node { name } } } }');
    expect(cost(schema, doc, { n: 5 })).toBe(queryCost(schema, doc, { n: 5 }));
    expect(cost(schema, doc, { n: 5 })).toBe(queryCost(schema, doc, { n: 5 }));
    expect(cost(schema, doc, { n: 50 })).toBe(queryCost(schema, doc, { n: 50 }));
    expect(cost(schema, doc, { n: 50 })).toBeGreaterThan(cost(schema, doc, { n: 5 }));
    expect(calls).toEqual([{ n: 5 }, { n: 50 }]);
    // Another parse of the same text is another document: computed again.
    cost(schema, parse('query($n: Int) { organizations(first: $n) { edges { node { name } } } }'), { n: 5 });
    expect(calls).toHaveLength(3);
  });

  it('does not keep long variables (a document text) as a key', () => {
    let computed = 0;
    const cost = cachedCost((...args) => { computed++; return queryCost(...args); });
    const doc = parse('query($n: Int, $t: String) { organizations(first: $n) { totalCount } }');
    const long = { n: 1, t: '文'.repeat(5000) };
    cost(schema, doc, long);
    cost(schema, doc, long);
    expect(computed).toBe(2);
  });

  it('keeps a bounded number of variable sets per document', () => {
    let computed = 0;
    const cost = cachedCost((...args) => { computed++; return queryCost(...args); });
    const doc = parse('query($n: Int) { organizations(first: $n) { totalCount } }');
    for (let n = 1; n <= 200; n++) cost(schema, doc, { n });
    expect(computed).toBe(200);
    cost(schema, doc, { n: 1 });
    expect(computed).toBe(201);
  });
});

describe('paging', () => {
  it('caps first at 100 with BAD_USER_INPUT and decodes cursors', () => {
    expect(() => windowOf({ first: 101 })).toThrow(GraphQLError);
    expect(() => windowOf({ after: 'garbage' })).toThrow(/cursor/);
    expect(windowOf({ first: 5, after: encodeCursor(9) })).toEqual({ skip: 10, first: 5 });
  });

  it('builds pageInfo from the total', () => {
    const c = toConnection({ total: 12, items: ['a', 'b'] }, { skip: 10, first: 2 }, (node, cursor) => ({ node, cursor }));
    expect(c.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: encodeCursor(10), endCursor: encodeCursor(11) });
    expect(c.totalCount).toBe(12);
  });
});

describe('formatError', () => {
  const logged: string[] = [];
  const format = formatErrorWith((m) => logged.push(m));

  it('turns graph outages into SERVICE_UNAVAILABLE with the hint', () => {
    const err = new GraphQLError('x', { originalError: new GraphUnavailableError('cannot reach Neo4j', 'start it') });
    expect(format({ message: 'x' }, err).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', hint: 'start it' });
  });

  it('hides driver text and Cypher of unexpected errors', () => {
    const err = new GraphQLError('Neo.ClientError.Statement.SyntaxError MATCH (n)', { originalError: new GraphQueryError('a graph query failed', 'bug', 'Neo.X') });
    const out = format({ message: 'Neo.ClientError.Statement.SyntaxError MATCH (n)' }, err);
    expect(out).toEqual({ message: 'internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged.length).toBe(1);
  });

  it('keeps BAD_USER_INPUT messages', () => {
    const err = new GraphQLError('first must be between 0 and 100', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(format({ message: err.message, extensions: { code: 'BAD_USER_INPUT' } }, err).extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('post holders on a day', () => {
  const ev = (name: string, relation: string, on: string) => ({
    person: { key: `j|${name}`, name, jurisdiction: 'j' }, post: { key: 'p', title: 't', organization: 'o' }, relation, rel: { on },
  });
  it('counts an appointment until a later removal', () => {
    const history = [ev('甲', 'APPOINTED_TO', '2020-01-01'), ev('乙', 'APPOINTED_TO', '2021-06-01'), ev('甲', 'REMOVED_FROM', '2022-01-01')];
    expect(holdersOn(history, '2019-12-31').map((h) => h.person.name)).toEqual([]);
    expect(holdersOn(history, '2021-07-01').map((h) => h.person.name).sort()).toEqual(['乙', '甲']);
    expect(holdersOn(history, undefined).map((h) => h.person.name)).toEqual(['乙']);
  });
});

describe('reader statements', () => {
  it('every cypher/read statement named in src/graph/readers exists', () => {
    const dir = path.join(__dirname, '../../../src/graph/readers');
    const names = fs.readdirSync(dir).flatMap((f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/'(read\/[a-z/-]+)'/g)].map((m) => m[1]!));
    expect(names.length).toBeGreaterThan(30);
    for (const n of names) expect(fs.existsSync(path.join(CYPHER_DIR, `${n}.cypher`))).toBe(true);
  });
});
