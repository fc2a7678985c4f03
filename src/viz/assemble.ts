// Turns the rows of the cypher/graph/ statements into a RespGraph: one node
// per graph node (merged by id), one edge per fact with its provenance,
// relation types mapped to edge kinds in one table.
import type { EdgeKind, NodeKind, Provenance, RespEdge, RespGraph, RespNode, Scope, ScopeKind } from './model';
import { EDGE_LABELS, edgeId, nodeId } from './model';

/** A node as the Cypher returns it. */
export interface RowNode {
  kind: NodeKind;
  key: string;
  label: string;
  detail?: string | null;
  number?: string | null;
}

/** One fact row: `from` -[rel]-> `to`, with provenance. */
export interface FactRow {
  from: RowNode;
  to: RowNode;
  rel: string;
  prov: { source: string | null; lines: number[] | null } | null;
}

const RELATIONS: Record<string, EdgeKind> = {
  lead: 'lead',
  responsible: 'responsible',
  cooperating: 'cooperating',
  PRESIDES_OVER: 'presides',
  SUPERVISES: 'supervises',
  LIAISES_WITH: 'liaises',
  RESPONSIBLE_FOR: 'responsible_for',
  BACKUP_OF: 'backup',
  OVERSEEN_BY: 'oversees',
  HAS_TASK: 'has_task',
  ISSUED: 'issued',
  part_of: 'part_of',
  presides_over: 'presides',
  supervises: 'supervises',
  liaises_with: 'liaises',
};

export function edgeKindOf(rel: string): EdgeKind {
  const kind = RELATIONS[rel];
  if (!kind) throw new Error(`unknown relation in a graph row: ${rel}`);
  return kind;
}

const EXPANDS: Partial<Record<NodeKind, ScopeKind>> = {
  organization: 'organization',
  person: 'person',
  document: 'document',
  jurisdiction: 'jurisdiction',
};

/** Collects nodes and edges; later rows never duplicate an earlier node or fact. */
export class GraphBuilder {
  private readonly nodes = new Map<string, RespNode>();
  private readonly edges = new Map<string, RespEdge>();

  node(r: RowNode): RespNode {
    const id = nodeId(r.kind, r.key);
    let n = this.nodes.get(id);
    if (!n) {
      const expand = EXPANDS[r.kind];
      n = {
        id,
        kind: r.kind,
        key: r.key,
        label: r.kind === 'task' ? taskLabel(r.number ?? null, r.label) : r.label,
        detail: r.detail ?? (r.kind === 'task' ? r.label : null),
        counts: null,
        parent: null,
        expand: expand ? { kind: expand, name: r.key } : null,
      };
      this.nodes.set(id, n);
    }
    return n;
  }

  fact(row: FactRow): RespEdge {
    const kind = edgeKindOf(row.rel);
    const from = this.node(row.from);
    const to = this.node(row.to);
    const prov = provenance(row.prov);
    const id = edgeId(kind, from.id, to.id, prov);
    const edge = this.edges.get(id) ?? { id, source: from.id, target: to.id, kind, label: EDGE_LABELS[kind], provenance: prov };
    this.edges.set(id, edge);
    return edge;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  get(id: string): RespNode | undefined {
    return this.nodes.get(id);
  }

  build(scope: Scope, root: string | null, title: string): RespGraph {
    return { scope, root, title, nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}

function provenance(p: FactRow['prov']): Provenance | null {
  if (!p?.source || !p.lines?.length) return null;
  const first = Number(p.lines[0]);
  return { source: p.source, lines: [first, Number(p.lines[p.lines.length - 1] ?? first)], text: null };
}

const TASK_LABEL_CHARS = 18;

/** `12. 落实基本医疗保险制度…`: the number, then the start of the wording without its own numbering. */
export function taskLabel(number: string | null, text: string): string {
  const body = text
    .replace(/\s+/g, '')
    .replace(/^(?:[（(][0-9一二三四五六七八九十]+[)）]|[0-9一二三四五六七八九十]+[.、．])/, '')
    .replace(/^[*#]+/, '');
  const short = [...body].length > TASK_LABEL_CHARS ? [...body].slice(0, TASK_LABEL_CHARS).join('') + '…' : body;
  if (!number) return short;
  return /[)）.、．]$/.test(number) ? `${number}${short}` : `${number}. ${short}`;
}
