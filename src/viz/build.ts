// The one function that builds a responsibility graph for a scope (a unit, a
// document, a leader or a whole jurisdiction), reading through the Cypher
// files in cypher/graph/ via the graph layer.
import { rows, type ReadGraph, type ReadOptions } from '../graph/readers/run';
import { GraphBuilder, type FactRow } from './assemble';
import { VizError } from './errors';
import { nodeId, TASK_ROLES, type RespGraph, type Scope, type ScopeKind, type TaskRole } from './model';
import { SourceLines } from './source-lines';
import { collapseLeaves, clusterByLeader } from './shape';

export interface BuildOptions {
  /** Levels of sub-units included for an organization (0–5). */
  depth?: number;
  /** Task roles included (all by default). */
  roles?: readonly TaskRole[];
  /** More task leaves than this on one unit and role become one counted node (person scope). */
  collapseAbove?: number;
  /** Where source files are looked for when their loaded path is gone. */
  gazetteDir?: string | null;
  read?: ReadOptions;
}

export interface Match {
  kind: ScopeKind;
  key: string;
  label: string;
  detail: string | null;
}

/** Units, people, documents and jurisdictions answering to a name (aliases included). */
export async function findScopes(graph: ReadGraph, text: string, kinds: readonly ScopeKind[], limit = 10, options?: ReadOptions): Promise<Match[]> {
  // 贺政发[2022]68号 and 贺政发（2022）68号 are typed for 贺政发〔2022〕68号
  const clean = text.replace(/\s+/g, '').replace(/[[［(（【](\d{4})[\]］)）】]/g, '〔$1〕');
  if (!clean) return [];
  return (await rows(graph, 'graph/find', { text: clean, kinds, limit }, options)) as unknown as Match[];
}

export async function buildResponsibilityGraph(graph: ReadGraph, scope: Scope, options: BuildOptions = {}): Promise<RespGraph> {
  const match = await resolve(graph, scope, options.read);
  const roles = options.roles?.length ? [...options.roles] : [...TASK_ROLES];
  const b = new GraphBuilder();
  b.node({ kind: match.kind, key: match.key, label: match.label, detail: match.detail });
  const add = (facts: unknown[]) => facts.forEach((f) => b.fact(f as FactRow));
  const read = (name: string, params: Record<string, unknown>) => rows(graph, `graph/${name}`, params, options.read);
  let title: string;
  switch (match.kind) {
    case 'organization': {
      const depth = Math.max(0, Math.min(5, options.depth ?? 1));
      const context = await read('organization-context', { name: match.key, depth });
      add(context);
      const subUnits = context.filter((r) => r.rel === 'part_of' && (r.from as { key: string }).key !== match.key);
      const units = [match.key, ...subUnits.map((r) => (r.from as { key: string }).key)];
      addTasks(b, await read('organization-tasks', { names: [...new Set(units)], roles }));
      title = `${match.label} 的职责任务`;
      break;
    }
    case 'document':
      add(await read('document', { key: match.key, roles }));
      title = `${match.label} ${match.detail ?? ''}`.trim();
      break;
    case 'person': {
      const portfolio = await read('person', { key: match.key });
      add(portfolio);
      const units = portfolio.filter((r) => (r.to as { kind: string }).kind === 'organization').map((r) => (r.to as { key: string }).key);
      addTasks(b, await read('organization-tasks', { names: [...new Set(units)], roles }));
      title = `${match.label} 分管联系的单位与任务`;
      break;
    }
    case 'jurisdiction':
      addCounts(b, await read('jurisdiction', { name: match.key, roles }));
      title = `${match.label} 领导分工与单位任务`;
      break;
  }
  let g = b.build(scope, nodeId(match.kind, match.key), title);
  if (match.kind === 'person') g = collapseLeaves(g, options.collapseAbove ?? 8);
  if (match.kind === 'jurisdiction') g = clusterByLeader(g);
  await quoteSources(graph, g, options);
  return g;
}

async function resolve(graph: ReadGraph, scope: Scope, options?: ReadOptions): Promise<Match> {
  const [best] = await findScopes(graph, scope.name, [scope.kind], 1, options);
  if (!best) {
    throw new VizError(`no ${scope.kind} named "${scope.name}" in the graph`, `check the name, or search for it: gazette-graph graph --find ${scope.name}`, 'NOT_FOUND');
  }
  return best;
}

/** Task rows also carry the assigning document (`via`), drawn as document → task. */
function addTasks(b: GraphBuilder, facts: Record<string, unknown>[]): void {
  for (const f of facts) {
    b.fact(f as unknown as FactRow);
    if (f.via) b.fact({ from: f.via as FactRow['from'], to: f.to as FactRow['to'], rel: 'HAS_TASK', prov: null });
  }
}

/** Jurisdiction rows: leaders' portfolio facts, and task counts per unit and role. */
function addCounts(b: GraphBuilder, facts: Record<string, unknown>[]): void {
  for (const f of facts) {
    if (f.count === null || f.count === undefined) {
      b.fact(f as unknown as FactRow);
      continue;
    }
    const unit = b.node(f.to as FactRow['to']);
    unit.counts = { ...unit.counts, [f.rel as TaskRole]: Number(f.count) };
  }
}

async function quoteSources(graph: ReadGraph, g: RespGraph, options: BuildOptions): Promise<void> {
  const ids = [...new Set(g.edges.flatMap((e) => (e.provenance ? [e.provenance.source] : [])))];
  if (!ids.length) return;
  const found = await rows(graph, 'graph/sources', { ids }, options.read);
  new SourceLines(options.gazetteDir ?? null).quote(g, new Map(found.map((r) => [String(r.id), (r.path as string) ?? null])));
}
