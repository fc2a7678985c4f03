// `gazette-graph serve` (npm start): open the graph, migrate, load the
// sample gazettes (unchanged files are skipped), then serve GraphQL until
// SIGINT/SIGTERM. Thin: the server is src/api/server.ts.
import type { Command } from 'commander';
import { loadConfig, type Config } from '../../config';
import { openGraph, type Graph } from '../../graph/driver';
import { GraphError } from '../../graph/errors';
import { loadSources, migrate } from '../../../loaders';
import { summaryText } from '../../../loaders/report';
import { ingestWith } from '../../api/ingest/ingest';
import { writeSchemaFile } from '../../api/schema';
import { DEFAULT_LIMITS, startApi, type RunningApi } from '../../api/server';
import { CliError } from '../errors';

interface ServeOptions {
  port?: string;
  host: string;
  load: boolean;
  timeout: string;
  writeSchema?: boolean;
}

const EXAMPLES = `
Examples:
  $ npm start                                   # local Neo4j, loads data/gazettes, http://localhost:4000/graphql
  $ gazette-graph serve --port 8080 --no-load   # serve what the graph holds already
  $ NEO4J_URI=bolt://db:7687 GAZETTE_API_KEY=secret gazette-graph serve
  $ gazette-graph serve --write-schema          # only write schema/schema.graphql

Open the URL in a browser for GraphiQL. /healthz answers while the process
runs; /readyz only while Neo4j is reachable.`;

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the graph over GraphQL (loads the gazettes folder first)')
    .option('-p, --port <port>', 'HTTP port (default: PORT or 4000)')
    .option('--host <host>', 'address to listen on', '0.0.0.0')
    .option('--no-load', `do not load the gazettes folder (GAZETTE_DIR) before serving`)
    .option('--timeout <ms>', 'per-request time budget, passed to Neo4j', String(DEFAULT_LIMITS.timeoutMs))
    .option('--write-schema', 'write schema/schema.graphql from the code and exit')
    .addHelpText('after', EXAMPLES)
    .action((options: ServeOptions) => (options.writeSchema ? writeSchema() : serve(options)));
}

function writeSchema(): void {
  process.stdout.write(`wrote ${writeSchemaFile()}\n`);
}

async function serve(options: ServeOptions): Promise<void> {
  const began = performance.now();
  const config = loadConfig();
  const port = parsePositive(options.port ?? String(config.port), '--port');
  const timeoutMs = parsePositive(options.timeout, '--timeout');
  const graph = await openGraph(config, { log: (line) => process.stderr.write(`${line}\n`) }).catch(asCliError);
  let api: RunningApi | null = null;
  try {
    await migrate(graph).catch(asCliError);
    if (options.load) await loadGazettes(graph, config);
    api = await startApi({ graph, port, host: options.host, apiKey: config.apiKey, ingest: config.apiKey ? ingestWith(graph) : null, limits: { timeoutMs } }).catch(
      (err: NodeJS.ErrnoException) => {
        if (err.code === 'EADDRINUSE') throw new CliError(`port ${port} is already in use`, 'stop the other server or pass --port (or PORT=) another port');
        throw err;
      },
    );
    const seconds = ((performance.now() - began) / 1000).toFixed(1);
    process.stdout.write(`GraphQL ready at ${api.url} in ${seconds} s${config.apiKey ? '' : ' (ingestDocument disabled: GAZETTE_API_KEY unset)'}\n`);
    const signal = await untilSignal();
    process.stdout.write(`${signal}: shutting down\n`);
  } finally {
    await api?.stop();
    await graph.close();
  }
}

async function loadGazettes(graph: Graph, config: Config): Promise<void> {
  const t0 = performance.now();
  const summary = await loadSources(graph, [config.gazetteDir]);
  process.stdout.write(`${summaryText(summary, (performance.now() - t0) / 1000)}\n`);
  for (const s of summary.sources.filter((x) => x.outcome === 'failed')) process.stderr.write(`  failed: ${s.path}: ${s.reason}\n`);
}

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const done = (signal: NodeJS.Signals) => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve(signal);
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

function parsePositive(raw: string, name: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0 || n > 10_000_000) throw new CliError(`${name} ${raw} is not a positive integer`, `e.g. ${name} 4000`, 2);
  return n;
}

function asCliError(err: unknown): never {
  if (err instanceof GraphError) throw new CliError(err.message, err.hint);
  throw err;
}
