// npm run bench:api — latency and throughput of the GraphQL API against the
// Neo4j GraphQL Library (@neo4j/graphql, served by Apollo) as the peer, over
// the same Neo4j and the same loaded sample corpus. Each server runs in its
// own child process so its peak memory (VmHWM) is its own.
//
// Without NEO4J_URI a throwaway local Neo4j is started (and deleted after).
// The peer needs a raw neo4j-driver: that import is the one exception to
// "only src/graph imports neo4j-driver", and it lives only in this script.
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { openGraph } from '../src/graph/driver';
import { freePort, start, stop } from '../src/graph/neo4j-local';
import { sendBoltWithoutDelay } from '../src/graph/no-delay';
import { loadSources, migrate } from '../loaders';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
/**
 * Each cell is measured this many times, alternating ours and the peer (and
 * which goes first); the latencies of all runs are pooled for the
 * percentiles and req/s is the median. On a shared machine one short run's p99 (from a few dozen slowest
 * requests) moves by more than the difference being measured.
 */
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const CONNECTIONS = [1, 16, 64];
/** Rounds of every query on both servers before anything is measured. */
const WARMUP_ROUNDS = Number(process.env.BENCH_WARMUP_ROUNDS ?? 4);

interface Case { name: string; ours: string; peer: string }

const CASES: Case[] = [
  {
    name: 'organization + led tasks',
    ours: '{ organization(name: "贺兰县发展和改革局") { name ledTasks(first: 20) { edges { node { text } } } } }',
    peer: '{ organizations(where: { name: { eq: "贺兰县发展和改革局" } }) { name ledTasks(limit: 20) { text } } }',
  },
  {
    name: 'document + tasks + lead units',
    ours: '{ document(docNumber: "银政办发〔2022〕35号") { title tasks(first: 20) { edges { node { text leads { organization { name } } } } } } }',
    peer: '{ documents(where: { docNumber: { eq: "银政办发〔2022〕35号" } }) { title tasks(limit: 20) { text leads { name } } } }',
  },
  {
    name: 'person + posts',
    ours: '{ person(name: "姜俐冰") { name posts { action post { title } } } }',
    peer: '{ people(where: { name: { eq: "姜俐冰" } }) { name appointedTo { title } removedFrom { title } } }',
  },
  {
    name: 'tasks by keyword + lead units',
    ours: '{ tasks(first: 20, filter: { keyword: "企业" }) { edges { node { text leads { organization { name } } } } } }',
    peer: '{ tasks(limit: 20, where: { text: { contains: "企业" } }) { text leads { name } } }',
  },
];

const PEER_TYPEDEFS = `
type Organization @node { name: String! jurisdiction: String
  ledTasks: [Task!]! @relationship(type: "LED_BY", direction: IN) }
type Task @node { key: String! text: String! number: String
  leads: [Organization!]! @relationship(type: "LED_BY", direction: OUT)
  document: [Document!]! @relationship(type: "HAS_TASK", direction: IN) }
type Document @node { key: String! docNumber: String title: String issuedOn: String status: String
  tasks: [Task!]! @relationship(type: "HAS_TASK", direction: OUT) }
type Post @node { key: String! title: String! }
type Person @node(labels: ["Person"]) @plural(value: "people") { key: String! name: String!
  appointedTo: [Post!]! @relationship(type: "APPOINTED_TO", direction: OUT)
  removedFrom: [Post!]! @relationship(type: "REMOVED_FROM", direction: OUT) }
`;

/** Child mode: serve the peer (Neo4j GraphQL Library) on PORT. */
async function servePeer(port: number): Promise<void> {
  const neo4j = (await import('neo4j-driver')).default;
  const { Neo4jGraphQL } = await import('@neo4j/graphql');
  const { ApolloServer } = await import('@apollo/server');
  const { startStandaloneServer } = await import('@apollo/server/standalone');
  const c = loadConfig();
  // The same TCP_NODELAY fix our driver gets (src/graph/no-delay.ts), so the
  // comparison is of the GraphQL layers, not of a socket option.
  sendBoltWithoutDelay();
  const driver = neo4j.driver(c.neo4j.uri!, neo4j.auth.basic(c.neo4j.user, c.neo4j.password));
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPEDEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  process.stdout.write(`ready ${url}\n`);
}

function spawnServer(args: string[], env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (/ready/i.test(out)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before it was ready: ${out}`)));
  });
}

function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

/** One autocannon run: its req/s and every response's latency (ms). */
interface Run { rps: number; steady: number[]; all: number[]; errors: number }
interface Cell { rps: number; p50: number; p99: number; p99All: number; errors: number }

/**
 * One autocannon run. Latencies are the exact time of every response
 * (autocannon's own histogram rounds to whole ms). `steady` leaves out the
 * first response on each connection: autocannon opens all its connections at
 * once when a run starts, and since libuv 1.45 a Node server accepts one
 * connection per event-loop turn, so under load those first requests wait in
 * the kernel's accept queue for up to seconds, whichever server it is. That
 * wait shows in `all`.
 */
async function measure(url: string, query: string, connections: number): Promise<Run> {
  const seen = new Set<autocannon.Client>();
  const steady: number[] = [];
  const all: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      { url, method: 'POST', connections, duration: SECONDS, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) },
      (err: unknown, result) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(result)),
    );
    run.on('response', (client, _status, _bytes, ms) => {
      all.push(ms);
      if (seen.has(client)) steady.push(ms);
      else seen.add(client);
    });
  });
  return { rps: r.requests.average, steady, all, errors: r.errors + r.non2xx + r.timeouts };
}

/** The nearest-rank percentile of `values` (ms), or NaN when there are none. */
function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Repeated runs of one cell: median req/s, percentiles over all runs' latencies, errors summed. */
function cellOf(runs: Run[]): Cell {
  const rps = runs.map((r) => r.rps).sort((x, y) => x - y);
  const mid = rps.length % 2 ? rps[(rps.length - 1) / 2] : (rps[rps.length / 2 - 1] + rps[rps.length / 2]) / 2;
  const steady = runs.flatMap((r) => r.steady);
  return {
    rps: mid, p50: percentile(steady, 50), p99: percentile(steady, 99), p99All: percentile(runs.flatMap((r) => r.all), 99),
    errors: runs.reduce((n, r) => n + r.errors, 0),
  };
}

/**
 * In how many of the paired runs (ours and the peer back to back, seconds
 * apart) ours had the p99 no worse than the peer's. The pooled p99 can be
 * moved by one run that met a burst of outside load; the pairs show whether
 * the difference holds run by run.
 */
function pairedP99Wins(mine: Run[], theirs: Run[]): number {
  return mine.filter((r, i) => percentile(r.steady, 99) <= percentile(theirs[i].steady, 99)).length;
}

async function check(url: string, query: string): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { errors?: unknown[]; data?: unknown };
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 300)}`);
}

/**
 * The node flags `npm start` gives the server (package.json is their one
 * home), so ours is measured as it is run.
 */
function startNodeFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const m = /^node((?:\s+--\S+)*)\s+dist\/src\/cli\/main\.js serve\b/.exec(pkg.scripts.start ?? '');
  if (!m) throw new Error(`package.json "start" is not \`node [--flags] dist/src/cli/main.js serve\`: ${pkg.scripts.start}`);
  return (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
}

async function main(): Promise<void> {
  const peerFlag = process.argv.indexOf('--peer-server');
  if (peerFlag >= 0) return servePeer(Number(process.argv[peerFlag + 1]));

  let env = { ...process.env };
  let dataDir: string | null = null;
  if (!env.NEO4J_URI) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-bench-api-'));
    const password = 'bench-api-pass';
    const server = await start({ dataDir, port: await freePort(), password, heap: '1g', pageCache: '256m', watchPid: process.pid, deleteOnExit: true });
    env = { ...env, NEO4J_URI: server.uri, NEO4J_PASSWORD: password, NEO4J_USER: 'neo4j' };
  }
  const children: ChildProcess[] = [];
  try {
    const graph = await openGraph(loadConfig(env));
    await migrate(graph);
    const summary = await loadSources(graph, [path.join(PROJECT_ROOT, 'data', 'gazettes')]);
    await graph.close();
    process.stdout.write(`corpus: ${summary.sources.length} sources (${summary.loaded} loaded, ${summary.replaced} replaced, ${summary.unchanged} unchanged)\n`);

    const oursPort = await freePort();
    const peerPort = await freePort();
    const flags = startNodeFlags();
    process.stdout.write(`ours runs with the node flags of npm start: ${flags.join(' ') || '(none)'}\n`);
    const ours = await spawnServer([...flags, path.join(PROJECT_ROOT, 'dist/src/cli/main.js'), 'serve', '--no-load', '--port', String(oursPort), '--host', '127.0.0.1'], env);
    children.push(ours);
    const peer = await spawnServer([__filename, '--peer-server', String(peerPort)], env);
    children.push(peer);
    const oursUrl = `http://127.0.0.1:${oursPort}/graphql`;
    const peerUrl = `http://127.0.0.1:${peerPort}/`;

    const rows: string[] = [
      '| query | conns | ours req/s | ours p50 | ours p99 | peer req/s | peer p50 | peer p99 | req/s ratio | runs with ours p99 ≤ peer | p99 all, ours/peer | errors ours/peer |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ];
    // Warm-up at the highest concurrency, every query, several rounds: a
    // fresh Neo4j's JIT keeps speeding up for a minute or more of load, and
    // the first queries measured would otherwise pay for it. Then each query
    // again before its cells: Bolt pools as large as the measured cells need
    // (opening a connection costs a handshake and an authentication).
    const most = Math.max(...CONNECTIONS);
    for (const c of CASES) {
      await check(oursUrl, c.ours);
      await check(peerUrl, c.peer);
    }
    for (let round = 0; round < WARMUP_ROUNDS; round++) {
      for (const c of CASES) {
        await measure(oursUrl, c.ours, most);
        await measure(peerUrl, c.peer, most);
      }
    }
    for (const c of CASES) {
      await measure(oursUrl, c.ours, most);
      await measure(peerUrl, c.peer, most);
      for (const n of CONNECTIONS) {
        const mine: Run[] = [];
        const theirs: Run[] = [];
        // Who goes first alternates, so a machine that speeds up or slows
        // down during a cell favours neither.
        for (let i = 0; i < REPEATS; i++) {
          if (i % 2 === 0) {
            mine.push(await measure(oursUrl, c.ours, n));
            theirs.push(await measure(peerUrl, c.peer, n));
          } else {
            theirs.push(await measure(peerUrl, c.peer, n));
            mine.push(await measure(oursUrl, c.ours, n));
          }
        }
        const a = cellOf(mine);
        const b = cellOf(theirs);
        const ms = (v: number) => v.toFixed(1);
        const line = `| ${c.name} | ${n} | ${a.rps.toFixed(0)} | ${ms(a.p50)} | ${ms(a.p99)} | ${b.rps.toFixed(0)} | ${ms(b.p50)} | ${ms(b.p99)} | ${(a.rps / Math.max(b.rps, 1e-9)).toFixed(2)} | ${pairedP99Wins(mine, theirs)}/${REPEATS} | ${ms(a.p99All)}/${ms(b.p99All)} | ${a.errors}/${b.errors} |`;
        rows.push(line);
        process.stdout.write(`${line}\n`);
      }
    }
    process.stdout.write(`\n${rows.join('\n')}\n\npeak RSS: ours ${peakRssMb(ours.pid!)} MB, peer ${peakRssMb(peer.pid!)} MB (${REPEATS} alternating runs of ${SECONDS} s per cell: req/s their median, latencies pooled; errors summed)\n` +
        'latencies in ms; p50 and p99 leave out the first request on each connection (it waits for the accept), "p99 all" includes it;\n' +
        '"runs with ours p99 ≤ peer" compares each run\'s p99 with the peer\'s run next to it\n');
  } finally {
    for (const child of children) child.kill('SIGTERM');
    if (dataDir) await stop({ dataDir });
  }
}

main().then(
  () => undefined,
  (err) => {
    process.stderr.write(`bench-api: ${(err as Error)?.message ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
