#!/usr/bin/env node
// The one place that exits. Each command lives in commands/ and throws
// CliError (with a hint) for expected failures.
import './production-default';
import 'reflect-metadata';
import { Command } from 'commander';
import { CliError } from './errors';
import { COMMANDS } from './commands';

async function main(argv: string[]): Promise<number> {
  const program = new Command('gazette-graph')
    .description('Turn Chinese local-government gazettes (政府公报) into a Neo4j knowledge graph served over GraphQL')
    .showHelpAfterError()
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ gazette-graph extract data/gazettes/helan-2022-05.txt --format json
  $ gazette-graph load data/gazettes
  $ gazette-graph serve                      # GraphQL at http://localhost:4000/graphql
  $ gazette-graph graph --org 发改局 --out ndrc.svg

Neo4j: set NEO4J_URI to use your own server; otherwise a local Neo4j is started
(data under .neo4j/). See README.md for all settings.`,
    );
  for (const register of COMMANDS) register(program);
  try {
    await program.parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (err) {
    return report(err);
  }
}

function report(err: unknown): number {
  const e = err as { code?: string; exitCode?: number };
  if (typeof e?.code === 'string' && e.code.startsWith('commander.')) return e.exitCode ?? 1;
  if (err instanceof CliError || isTypedError(err)) {
    process.stderr.write(`gazette-graph: ${err.message}\n`);
    if (err.hint) process.stderr.write(`  hint: ${err.hint}\n`);
    return err instanceof CliError ? err.exitCode : 1;
  }
  process.stderr.write(`gazette-graph: unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
  return 1;
}

/** Expected failures from the graph layer and the extractor carry a one-line hint. */
function isTypedError(err: unknown): err is Error & { hint?: string } {
  return err instanceof Error && typeof (err as { hint?: unknown }).hint === 'string';
}

// Output that cannot be written ends the program here, for every command. A
// reader that stops early (`gazette-graph extract … | head`) closes the
// pipe: that is not an error, so stop quietly, as Unix tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') process.stderr.write(`gazette-graph: cannot write the output: ${err.message}\n`);
  process.exit(err.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`gazette-graph: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
