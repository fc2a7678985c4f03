// `gazette-graph extract FILE...`: runs the extraction pipeline and prints
// the extraction JSON (or one stage's output with --stage).
import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { UndecodableInputError } from '../../extract/decode';
import { runStages, type StageName } from '../../extract/pipeline';
import type { Extraction } from '../../extract/types';
import { CliError } from '../errors';

interface ExtractFlags {
  format: 'json' | 'ndjson';
  out?: string;
  stage: StageName;
}

const EXAMPLES = `
Examples:
  $ gazette-graph extract data/gazettes/yinchuan-2022-04.txt --format json
  $ gazette-graph extract data/gazettes/*.txt --out out/          # writes out/<stem>.json per file
  $ gazette-graph extract notice.txt --format ndjson | jq .title    # one line per document
  $ gazette-graph extract notice.txt --stage segment              # stop after segmenting

Warnings go to stderr as path:line: reason. A missing or undecodable file is
reported and skipped (exit code 2); the other files are still extracted.
`;

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract documents, tasks, people and references from gazette text files')
    .argument('<files...>', 'gazette or document text files (UTF-8, UTF-16 with BOM, GB18030/GBK)')
    .addOption(new Option('--format <format>', 'json: one object per file; ndjson: one line per document').choices(['json', 'ndjson']).default('json'))
    .option('--out <dir>', 'write <stem>.json (or .ndjson) per input into DIR instead of stdout')
    .addOption(
      new Option('--stage <stage>', 'stop after this stage and print its JSON')
        .choices(['decode', 'normalise', 'segment', 'parse', 'emit'])
        .default('emit'),
    )
    .addHelpText('after', EXAMPLES)
    .action((files: string[], flags: ExtractFlags) => runExtract(files, flags));
}

function runExtract(files: string[], flags: ExtractFlags): void {
  if (flags.out) fs.mkdirSync(flags.out, { recursive: true });
  const results: unknown[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const result = extractFile(file, flags.stage);
      if (flags.out) writeOut(flags.out, file, result, flags);
      else results.push(result);
    } catch (err) {
      // one file: the entry point reports it; several: report and go on
      if (!(err instanceof CliError) || files.length === 1) throw err;
      failed++;
      process.stderr.write(`gazette-graph: ${err.message}\n${err.hint ? `  hint: ${err.hint}\n` : ''}`);
    }
  }
  if (!flags.out) {
    process.stdout.write(render(results, flags, files.length > 1));
  }
  if (failed) process.exitCode = 2;
}

function extractFile(file: string, stage: StageName): unknown {
  let input: Buffer;
  try {
    input = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'cannot read');
    throw new CliError(`${file}: ${why}`, 'check the path; give one or more text files', 2);
  }
  try {
    const result = runStages(input, { path: file }, stage);
    if (stage === 'emit') printWarnings(file, result as Extraction);
    return result;
  } catch (err) {
    if (err instanceof UndecodableInputError) throw new CliError(`${file}: ${err.message}`, err.hint, 2);
    throw err;
  }
}

function printWarnings(file: string, extraction: Extraction): void {
  for (const w of extraction.warnings) process.stderr.write(`${file}:${w.line ?? 0}: ${w.reason}\n`);
}

function render(results: readonly unknown[], flags: ExtractFlags, many: boolean): string {
  if (flags.format === 'ndjson') return results.map((r) => ndjson(r)).join('');
  return JSON.stringify(many ? results : results[0] ?? null, null, 2) + '\n';
}

/** One line for the gazette (with source), then one line per document. */
function ndjson(result: unknown): string {
  const e = result as Partial<Extraction>;
  if (!Array.isArray(e?.documents)) return JSON.stringify(result) + '\n';
  const head = { kind: 'gazette', version: e.version, source: e.source, jurisdiction: e.jurisdiction, gazette: e.gazette, warnings: e.warnings };
  const docs = e.documents.map((d) => JSON.stringify({ kind: 'document', source: e.source?.path, ...d }));
  return [JSON.stringify(head), ...docs].join('\n') + '\n';
}

function writeOut(dir: string, file: string, result: unknown, flags: ExtractFlags): void {
  const stem = path.basename(file).replace(/\.[^.]*$/, '');
  const ext = flags.format === 'ndjson' ? '.ndjson' : '.json';
  const body = flags.format === 'ndjson' ? ndjson(result) : JSON.stringify(result, null, 2) + '\n';
  fs.writeFileSync(path.join(dir, stem + ext), body);
}
