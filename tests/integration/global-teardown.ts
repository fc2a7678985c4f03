// Stops the Neo4j that global-setup started and removes its folder, whatever the test outcome.
import fs from 'node:fs';
import { stop } from '../../src/graph/neo4j-local';

export default async function globalTeardown(): Promise<void> {
  const started = globalThis.__gazetteTestNeo4j;
  if (!started) return;
  globalThis.__gazetteTestNeo4j = undefined;
  try {
    await stop({ dataDir: started.dataDir, timeoutMs: 30_000 });
  } finally {
    fs.rmSync(started.dataDir, { recursive: true, force: true });
    delete process.env.NEO4J_URI;
  }
}
