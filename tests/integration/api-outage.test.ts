// Neo4j goes away under a running server: the server keeps answering
// (SERVICE_UNAVAILABLE, /readyz 503) and recovers by itself when Neo4j is back.
// Uses its own Neo4j so stopping it does not disturb the shared test database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { openGraph, type Graph } from '../../src/graph/driver';
import { freePort, start, stop } from '../../src/graph/neo4j-local';
import { startApi, type RunningApi } from '../../src/api/server';

const password = 'outage-test-pass';
let dataDir: string;
let port: number;
let graph: Graph;
let api: RunningApi;

const startNeo4j = () => start({ dataDir, port, password, heap: '256m', pageCache: '32m', watchPid: process.pid });

async function ask(): Promise<{ status: number; body: any }> {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ organization(name: "财政局", jurisdiction: "测试市") { name } }' }),
  });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-api-outage-'));
  port = await freePort();
  const server = await startNeo4j();
  graph = await openGraph(loadConfig({ NEO4J_URI: server.uri, NEO4J_PASSWORD: password }));
  await graph.write("MERGE (o:Organization {name: '测试市财政局', jurisdiction: '测试市'}) MERGE (a:Alias {key: '测试市|财政局', mention: '财政局', jurisdiction: '测试市'}) MERGE (a)-[:ALIAS_OF]->(o)");
  api = await startApi({ graph, port: 0, host: '127.0.0.1', apiKey: null, ingest: null, log: () => {}, limits: { timeoutMs: 5000 } });
}, 300_000);

afterAll(async () => {
  await api?.stop();
  await graph?.close();
  await stop({ dataDir });
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

it('answers SERVICE_UNAVAILABLE while Neo4j is down and recovers when it is back', async () => {
  expect((await ask()).body.data.organization.name).toBe('测试市财政局');

  await stop({ dataDir });
  const down = await ask();
  expect(down.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  expect(JSON.stringify(down.body)).not.toMatch(/Neo4jError|MATCH|at .*\.js/);
  const base = api.url.replace(/\/graphql$/, '');
  expect((await fetch(`${base}/healthz`)).status).toBe(200);
  expect((await fetch(`${base}/readyz`)).status).toBe(503);

  await startNeo4j();
  let answer = await ask();
  for (let i = 0; i < 30 && !answer.body.data?.organization; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    answer = await ask();
  }
  expect(answer.body.data.organization.name).toBe('测试市财政局');
  expect((await fetch(`${base}/readyz`)).status).toBe(200);
}, 300_000);
