// The responsibility graph: what the builder returns and every renderer
// (DOT, SVG, PNG, Mermaid, GraphML, JSON, CSV, the viewer) draws. One home
// for node and edge kinds and their Chinese labels.

/** `group`: collapsed leaves with a count; `cluster`: a box around nodes (a leader's units), drawn, never linked. */
export type NodeKind = 'organization' | 'person' | 'task' | 'document' | 'area' | 'jurisdiction' | 'group' | 'cluster';

export type EdgeKind =
  | 'lead'
  | 'responsible'
  | 'cooperating'
  | 'presides'
  | 'supervises'
  | 'liaises'
  | 'responsible_for'
  | 'backup'
  | 'oversees'
  | 'has_task'
  | 'issued'
  | 'part_of'
  | 'in';

/** The task roles a unit can have; the `roles` filter of every scope. */
export type TaskRole = 'lead' | 'responsible' | 'cooperating';
export const TASK_ROLES: readonly TaskRole[] = ['lead', 'responsible', 'cooperating'];

export const EDGE_LABELS: Record<EdgeKind, string> = {
  lead: '牵头',
  responsible: '负责',
  cooperating: '配合',
  presides: '主持',
  supervises: '分管',
  liaises: '联系',
  responsible_for: '负责',
  backup: 'AB岗',
  oversees: '责任领导',
  has_task: '部署',
  issued: '印发',
  part_of: '隶属',
  in: '属于',
};

export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  organization: '单位',
  person: '领导',
  task: '任务',
  document: '文件',
  area: '领域',
  jurisdiction: '行政区',
  group: '汇总',
  cluster: '分组',
};

/** Where a fact was read: the source file, its line span and the lines' text. */
export interface Provenance {
  source: string;
  lines: [number, number];
  /** The source lines as printed, filled in by the builder when the file is at hand. */
  text: string | null;
}

export type ScopeKind = 'organization' | 'document' | 'person' | 'jurisdiction';

/** What a graph is about: one of the four, by the name a user types. */
export interface Scope {
  kind: ScopeKind;
  name: string;
}

export interface RespNode {
  /** `kind:key`, stable across requests so the viewer can merge expansions. */
  id: string;
  kind: NodeKind;
  /** Key of the graph node (Organization.name, Person.key, Document.key, …). */
  key: string;
  label: string;
  /** Longer text: a task's wording, a document's title. */
  detail: string | null;
  /** Task counts by role (organizations in a collapsed view; group nodes). */
  counts: Partial<Record<TaskRole, number>> | null;
  /** Compound parent (a leader's cluster in a jurisdiction graph). */
  parent: string | null;
  /** The scope that expands this node, when it has one. */
  expand: Scope | null;
}

export interface RespEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  label: string;
  provenance: Provenance | null;
}

export interface RespGraph {
  scope: Scope;
  /** The node the scope resolved to (its id), when it is one node. */
  root: string | null;
  title: string;
  nodes: RespNode[];
  edges: RespEdge[];
}

export function nodeId(kind: NodeKind, key: string): string {
  return `${kind}:${key}`;
}

export function edgeId(kind: EdgeKind, source: string, target: string, prov: Provenance | null): string {
  return `${source}|${kind}|${target}|${prov ? `${prov.source}:${prov.lines[0]}` : ''}`;
}

/** Lines of an edge as people write them: `helan-2022-05.txt:288` or `…:288-290`. */
export function citeLines(p: Provenance): string {
  const [a, b] = p.lines;
  return `${p.source}:${a === b ? a : `${a}-${b}`}`;
}
