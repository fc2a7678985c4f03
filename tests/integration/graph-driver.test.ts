// The Graph handle against the test Neo4j started by global-setup.
import { loadConfig } from '../../src/config';
import { openGraph, type Graph, type QueryEvent } from '../../src/graph/driver';
import { CypherFileMissingError, GraphConstraintError, GraphTimeoutError, GraphUnavailableError } from '../../src/graph/errors';
import { freePort } from '../../src/graph/neo4j-local';
import { clearGraph, dropSchema, openTestGraph } from '../helpers/graph';

// Starting a JVM takes seconds; jest's project config cannot set testTimeout.
jest.setTimeout(120_000);
let graph: Graph;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await graph.write('CREATE CONSTRAINT driver_probe_key IF NOT EXISTS FOR (p:DriverProbe) REQUIRE p.key IS UNIQUE');
});

afterAll(async () => {
  await clearGraph(graph);
  await dropSchema(graph);
  await graph.close();
});

describe('Graph', () => {
  it('returns plain rows: Integers as numbers, nodes as their properties, dates as ISO text', async () => {
    await graph.write('CREATE (:DriverProbe {key: $key, year: $year, lines: $lines, on: date($on)})', { key: 'a', year: 2022, lines: [3, 9], on: '2022-06-01' });
    const rows = await graph.read('MATCH (p:DriverProbe {key: $key}) RETURN p, p.year AS year, valueType(p.lines) AS linesType, count(*) AS n', { key: 'a' });
    expect(rows).toEqual([{ p: { key: 'a', year: 2022, lines: [3, 9], on: '2022-06-01' }, year: 2022, linesType: 'LIST<INTEGER NOT NULL> NOT NULL', n: 1 }]);
  });

  it('commits several statements atomically, and rolls all back when one fails', async () => {
    await graph.writeTransaction(async (tx) => {
      await tx.run('CREATE (:DriverProbe {key: $key})', { key: 'b' });
      await tx.run('MATCH (p:DriverProbe {key: $key}) SET p.done = true', { key: 'b' });
    });
    expect(await graph.read('MATCH (p:DriverProbe {key: "b"}) RETURN p.done AS done')).toEqual([{ done: true }]);

    const failed = graph.writeTransaction(async (tx) => {
      await tx.run('CREATE (:DriverProbe {key: $key})', { key: 'c' });
      await tx.run('CREATE (:DriverProbe {key: $key})', { key: 'a' });
    });
    await expect(failed).rejects.toBeInstanceOf(GraphConstraintError);
    expect(await graph.read('MATCH (p:DriverProbe {key: "c"}) RETURN p')).toEqual([]);
  });

  it('stops a query that runs past its timeout with GraphTimeoutError', async () => {
    const slow = graph.read('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n', {}, { timeoutMs: 200 });
    await expect(slow).rejects.toBeInstanceOf(GraphTimeoutError);
  });

  it('tells listeners about every statement, until they unsubscribe', async () => {
    const events: QueryEvent[] = [];
    const off = graph.onQuery((e) => events.push(e));
    await graph.read('RETURN 1 AS one');
    await graph.readTransaction(async (tx) => {
      await tx.run('RETURN 2 AS two');
      await tx.run('RETURN 3 AS three');
    });
    off();
    await graph.read('RETURN 4 AS four');
    expect(events.map((e) => [e.cypher, e.mode, e.rows, e.error])).toEqual([
      ['RETURN 1 AS one', 'READ', 1, null],
      ['RETURN 2 AS two', 'READ', 1, null],
      ['RETURN 3 AS three', 'READ', 1, null],
    ]);
  });

  it('answers a read after the server dropped every pooled connection', async () => {
    const other = await openTestGraph();
    try {
      await graph.read('RETURN 1 AS warm');
      // Kills every Bolt connection, this one's included, so the kill's own answer is lost.
      await other.write('CALL dbms.listConnections() YIELD connectionId WITH collect(connectionId) AS ids CALL dbms.killConnections(ids) YIELD connectionId RETURN count(*) AS n').catch(() => undefined);
      expect(await graph.read('RETURN 5 AS five')).toEqual([{ five: 5 }]);
    } finally {
      await other.close();
    }
  });

  it('fails clearly for a statement name without a file', async () => {
    await expect(graph.read('read/no-such-statement')).rejects.toBeInstanceOf(CypherFileMissingError);
  });

  it('has the cjk full-text analyzer the loader needs', async () => {
    const rows = await graph.read<{ analyzer: string }>('CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN analyzer');
    expect(rows.map((r) => r.analyzer)).toContain('cjk');
  });

  it('reports an unreachable server as GraphUnavailableError, starting nothing', async () => {
    const port = await freePort();
    await expect(openGraph(loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}` }))).rejects.toBeInstanceOf(GraphUnavailableError);
  });
});
