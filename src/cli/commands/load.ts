// `gazette-graph load PATH...`: extracts gazettes (or reads extraction
// JSON) and loads them into Neo4j, one transaction per file. Thin: the
// work is in loaders/; this file only shows progress and the summary.
import { SingleBar } from 'cli-progress';
import type { Command, CommanderError } from 'commander';
import { loadConfig } from '../../config';
import { openGraph, type Graph } from '../../graph/driver';
import { GraphError } from '../../graph/errors';
import { loadSources, migrate, type LoadOptions, type LoadSummary } from '../../../loaders';
import { sourceLine, summaryText } from '../../../loaders/report';
import { CliError } from '../errors';

const EXAMPLES = `
Examples:
  $ gazette-graph load data/gazettes                 # every *.txt and *.json in the folder
  $ gazette-graph load data/gazettes/helan-2022-05.txt
  $ gazette-graph load out/yinchuan-2022-04.json     # an extraction made by \`extract\`
  $ NEO4J_URI=bolt://db:7687 gazette-graph load a.txt b.txt

Each file is loaded in one transaction: wholly or not at all. A file loaded
before with the same bytes (sha256) is skipped; a changed file replaces that
file's facts only. Files that fail are listed at the end and the exit code
is 1; the other files still load. Without NEO4J_URI the local Neo4j is
started (data in .neo4j/).`;

export function registerLoad(program: Command): void {
  program
    .command('load')
    .description('load gazettes (*.txt) or extraction JSON (*.json) into the graph')
    .argument('[paths...]', 'files or folders (folders: their *.txt and *.json files)')
    .option('--no-progress', 'print one line per file instead of a progress bar')
    .addHelpText('after', EXAMPLES)
    .exitOverride(usageErrorsExit2)
    .action((paths: string[], options: { progress: boolean }) => runLoad(paths, options.progress));
}

async function runLoad(paths: string[], progress: boolean): Promise<void> {
  if (paths.length === 0) throw new CliError('no file or folder to load', 'give one or more paths: gazette-graph load data/gazettes', 2);
  const began = performance.now();
  const graph = await openGraph(loadConfig(), { log: (line) => process.stderr.write(`${line}\n`) }).catch(rethrow);
  let summary: LoadSummary;
  try {
    await migrate(graph).catch(rethrow);
    summary = await loadWithProgress(graph, paths, progress && Boolean(process.stderr.isTTY));
  } finally {
    await graph.close();
  }
  process.stdout.write(`${summaryText(summary, (performance.now() - began) / 1000)}\n`);
  if (summary.failed > 0) {
    throw new CliError(`${summary.failed} of ${summary.sources.length} files failed to load`, 'fix or remove the files listed above, then run the same command again');
  }
}

async function loadWithProgress(graph: Graph, paths: string[], bar: boolean): Promise<LoadSummary> {
  const onProgress: LoadOptions['onProgress'] = bar ? progressBar() : ({ result }) => {
    if (result) process.stderr.write(`${sourceLine(result)}\n`);
  };
  return loadSources(graph, paths, { onProgress });
}

function progressBar(): NonNullable<LoadOptions['onProgress']> {
  const bar = new SingleBar({ format: 'loading [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true });
  return ({ done, total, result }) => {
    if (!result) return bar.start(total, 0, { file: '' });
    bar.update(done, { file: result.id ?? result.path });
    if (done === total) bar.stop();
  };
}

/** Commander's usage errors (unknown option …) exit with 2; help output stays 0. */
function usageErrorsExit2(err: CommanderError): never {
  if (err.exitCode !== 0) err.exitCode = 2;
  throw err;
}

function rethrow(err: unknown): never {
  if (err instanceof GraphError) throw new CliError(err.message, err.hint);
  throw err;
}
