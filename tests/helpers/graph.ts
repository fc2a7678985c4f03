// Integration-test access to the Neo4j that global-setup started (or NEO4J_URI).
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { loadSources, migrate } from '../../loaders';
import { openGraph, type Graph } from '../../src/graph/driver';

/** A connected Graph for the test database; close it in afterAll. */
export function openTestGraph(): Promise<Graph> {
  if (!process.env.NEO4J_URI) {
    throw new Error('NEO4J_URI is not set: run integration tests through jest (tests/integration/global-setup.ts starts Neo4j)');
  }
  return openGraph(loadConfig(process.env));
}

/** Deletes every node and relationship (constraints and indexes stay). */
export async function clearGraph(graph: Graph): Promise<void> {
  await graph.write('MATCH (n) DETACH DELETE n');
}

/** Drops every constraint and index too, for tests of the schema itself. */
export async function dropSchema(graph: Graph): Promise<void> {
  for (const { name } of await graph.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name')) {
    await graph.write(`DROP CONSTRAINT ${quoteName(name)} IF EXISTS`);
  }
  for (const { name } of await graph.read<{ name: string }>("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) {
    await graph.write(`DROP INDEX ${quoteName(name)} IF EXISTS`);
  }
}

/** Schema names cannot be parameters; quote them as identifiers. */
function quoteName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

/** Empties the graph and loads the sample corpus (data/gazettes), failing if any source fails. */
export async function loadSampleCorpus(graph: Graph): Promise<void> {
  await clearGraph(graph);
  await migrate(graph);
  const summary = await loadSources(graph, [path.join(PROJECT_ROOT, 'data', 'gazettes')]);
  if (summary.failed > 0) throw new Error(`${summary.failed} sample gazette(s) failed to load`);
}
