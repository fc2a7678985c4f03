// `gazette-graph graph`: draws the responsibility graph of a unit, a
// document, a leader or a jurisdiction as SVG, PNG, DOT, Mermaid, GraphML,
// JSON or CSV. Opens the graph as the loader does (local Neo4j or NEO4J_URI).
import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { loadConfig } from '../../config';
import { openGraph } from '../../graph/driver';
import { GraphError } from '../../graph/errors';
import { buildResponsibilityGraph, findScopes } from '../../viz/build';
import { VizError } from '../../viz/errors';
import { TASK_ROLES, type Scope, type ScopeKind, type TaskRole } from '../../viz/model';
import { FORMAT_NAMES, findFormat, formatForFile, type Format } from '../../viz/render';
import { CliError } from '../errors';

interface GraphOptions {
  org?: string;
  doc?: string;
  person?: string;
  jurisdiction?: string;
  find?: string;
  format?: string;
  out?: string;
  depth: string;
  roles?: string;
  /** False with --no-embed-font. */
  embedFont: boolean;
}

const EXAMPLES = `
Examples:
  $ gazette-graph graph --doc 贺政发〔2022〕68号 --out helan-division.svg
  $ gazette-graph graph --org 银川市发展和改革委员会 --format png --out ndrc.png
  $ gazette-graph graph --org 发改局 --depth 2 --roles lead,responsible --format mermaid
  $ gazette-graph graph --person 段建宏 --format graphml --out duan.graphml
  $ gazette-graph graph --jurisdiction 贺兰县 --format csv --out helan-edges.csv
  $ gazette-graph graph --find 财政局          # list what the names match

The format follows --format, else the extension of --out, else json.
Edges are coloured by role: 牵头 red, 负责 orange, 配合 blue, 分管 green, 联系 purple.`;

export function registerGraph(program: Command): void {
  program
    .command('graph')
    .description('draw the responsibility graph of a unit, a document, a leader or a jurisdiction')
    .option('--org <name>', 'a unit, by full name or alias (发改局)')
    .option('--doc <number>', 'a document, by number (贺政发〔2022〕68号) or title')
    .option('--person <name>', 'a leader, by name')
    .option('--jurisdiction <name>', 'a whole jurisdiction (贺兰县, 银川市): leaders → units, with task counts')
    .option('--find <text>', 'list units, people, documents and jurisdictions matching the text, and stop')
    .addOption(new Option('--format <format>', 'output format').choices(FORMAT_NAMES))
    .option('--out <file>', 'write to this file (standard output when omitted; PNG needs a file)')
    .option('--depth <n>', 'levels of sub-units to include for --org (0–5)', '1')
    .option('--roles <list>', `task roles to include, comma-separated (${TASK_ROLES.join(',')})`)
    .option('--no-embed-font', 'SVG: leave out the embedded CJK font subset (smaller file; viewers then need a CJK font)')
    .addHelpText('after', EXAMPLES)
    .action((options: GraphOptions) => runGraph(options));
}

async function runGraph(options: GraphOptions): Promise<void> {
  const scope = options.find ? null : scopeOf(options);
  const format = formatOf(options);
  const depth = depthOf(options.depth);
  const roles = rolesOf(options.roles);
  const graph = await openGraph(loadConfig()).catch(rethrow);
  try {
    if (!scope) {
      const matches = await findScopes(graph, options.find ?? '', ['organization', 'person', 'document', 'jurisdiction'], 20).catch(rethrow);
      for (const m of matches) process.stdout.write(`${m.kind}\t${m.label}${m.detail ? `\t${m.detail}` : ''}\n`);
      if (!matches.length) throw new CliError(`nothing matches "${options.find}"`, 'try a shorter part of the name');
      return;
    }
    const g = await buildResponsibilityGraph(graph, scope, { depth, roles, gazetteDir: loadConfig().gazetteDir }).catch(rethrow);
    await write(await format.render(g, { embedFont: options.embedFont }), options.out);
    if (options.out) process.stderr.write(`wrote ${options.out} (${g.nodes.length} nodes, ${g.edges.length} edges)\n`);
  } finally {
    await graph.close();
  }
}

function scopeOf(o: GraphOptions): Scope {
  const given = ([['organization', o.org], ['document', o.doc], ['person', o.person], ['jurisdiction', o.jurisdiction]] as [ScopeKind, string | undefined][])
    .filter(([, v]) => v !== undefined);
  if (given.length !== 1) {
    throw new CliError('give exactly one of --org, --doc, --person, --jurisdiction (or --find)', 'see gazette-graph graph --help for examples');
  }
  const [kind, name] = given[0]!;
  return { kind, name: name! };
}

function formatOf(o: GraphOptions): Format {
  const format = o.format ? findFormat(o.format) : o.out ? formatForFile(o.out) : findFormat('json');
  if (!format) throw new CliError(`cannot tell the format from ${o.out}`, `add --format (${FORMAT_NAMES.join(', ')})`);
  if (format.name === 'png' && !o.out) throw new CliError('PNG is written to a file only', 'add --out FILE.png');
  return format;
}

function depthOf(raw: string): number {
  const depth = Number(raw);
  if (!Number.isInteger(depth) || depth < 0 || depth > 5) throw new CliError(`--depth ${raw} is not a level from 0 to 5`, 'use --depth 1 (direct sub-units) or 2');
  return depth;
}

function rolesOf(raw: string | undefined): TaskRole[] | undefined {
  if (!raw) return undefined;
  const roles = raw.split(',').map((r) => r.trim()).filter(Boolean);
  const bad = roles.filter((r) => !(TASK_ROLES as readonly string[]).includes(r));
  if (bad.length) throw new CliError(`unknown role: ${bad.join(', ')}`, `roles are ${TASK_ROLES.join(', ')}`);
  return roles as TaskRole[];
}

async function write(data: string | Buffer, out: string | undefined): Promise<void> {
  if (!out) {
    process.stdout.write(data);
    return;
  }
  try {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, data);
  } catch (err) {
    throw new CliError(`cannot write ${out}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, 'check the folder exists and is writable');
  }
}

function rethrow(err: unknown): never {
  if (err instanceof VizError || err instanceof GraphError) throw new CliError(err.message, err.hint);
  throw err;
}
