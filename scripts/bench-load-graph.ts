// The database of the loader benchmark: NEO4J_URI when set (it gets
// emptied), else a throwaway local Neo4j on a free port, deleted on exit.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { openGraph, type Graph } from '../src/graph/driver';
import { freePort, start } from '../src/graph/neo4j-local';

export interface BenchGraph extends Graph {
  /** Environment for a child `gazette-graph` process to reach the same database. */
  readonly env: NodeJS.ProcessEnv;
  /** Deletes every node and relationship, in batches. */
  clear(): Promise<void>;
}

export async function benchGraph(): Promise<BenchGraph> {
  const env = process.env.NEO4J_URI ? { ...process.env } : await throwaway();
  const graph = await openGraph(loadConfig(env));
  const clear = async () => {
    for (;;) {
      const [row] = await graph.write<{ n: number }>('MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n');
      if (!row || row.n === 0) return;
    }
  };
  return Object.assign(Object.create(graph) as Graph, { env, clear }) as BenchGraph;
}

async function throwaway(): Promise<NodeJS.ProcessEnv> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-bench-load-'));
  const password = `bench-${randomBytes(8).toString('hex')}`;
  process.stderr.write('starting a throwaway Neo4j for the benchmark…\n');
  const server = await start({ dataDir, port: await freePort(), password, watchPid: process.pid, deleteOnExit: true, heap: '1g', pageCache: '1g' });
  return { ...process.env, NEO4J_URI: server.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password, NEO4J_DATABASE: 'neo4j' };
}
