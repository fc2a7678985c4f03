// `gazette-graph db migrate`: applies cypher/constraints.cypher and
// cypher/indexes.cypher (idempotent; `load` does it too).
import type { Command } from 'commander';
import { loadConfig } from '../../config';
import { openGraph } from '../../graph/driver';
import { GraphError } from '../../graph/errors';
import { migrate } from '../../../loaders';
import { CliError } from '../errors';

export function registerMigrate(program: Command): void {
  const db = program.commands.find((c) => c.name() === 'db') ?? program.command('db').description('database administration');
  db.command('migrate')
    .description('create the constraints and indexes of the graph model (safe to run again)')
    .addHelpText('after', '\nExample:\n  $ gazette-graph db migrate\n  $ NEO4J_URI=bolt://db:7687 gazette-graph db migrate')
    .action(runMigrate);
}

async function runMigrate(): Promise<void> {
  const graph = await openGraph(loadConfig(), { log: (line) => process.stderr.write(`${line}\n`) }).catch(rethrow);
  try {
    const { statements, applied, replaced } = await migrate(graph).catch(rethrow);
    const changed = replaced.length ? ` (${replaced.length} replaced because their definition changed: ${replaced.join(', ')})` : '';
    process.stdout.write(`schema up to date at ${graph.uri}: ${applied} of ${statements} constraints and indexes created${changed}, the rest already existed\n`);
  } finally {
    await graph.close();
  }
}

function rethrow(err: unknown): never {
  if (err instanceof GraphError) throw new CliError(err.message, err.hint);
  throw err;
}
