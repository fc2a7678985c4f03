// Starts a throwaway Neo4j on a free port for the integration tests (unless
// NEO4J_URI is set) and hands its address to the test files through process.env.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, start } from '../../src/graph/neo4j-local';

export interface TestNeo4j {
  dataDir: string;
  pid: number;
}

declare global {
  // Read by global-teardown (same process).
  var __gazetteTestNeo4j: TestNeo4j | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-neo4j-test-'));
  const password = `test-${randomBytes(8).toString('hex')}`;
  const server = await start({
    dataDir,
    port: await freePort(),
    password,
    heap: '512m',
    pageCache: '64m',
    // An interrupted run (Ctrl-C, kill -9 of jest) must not leave a JVM or a folder behind.
    watchPid: process.pid,
    deleteOnExit: true,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  globalThis.__gazetteTestNeo4j = { dataDir, pid: server.pid };
  process.env.NEO4J_URI = server.uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = password;
  process.env.NEO4J_DATABASE = 'neo4j';
  process.stdout.write(`\nintegration tests: Neo4j ready at ${server.uri} in ${(server.readyMs / 1000).toFixed(1)} s\n`);
}
