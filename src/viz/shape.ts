// Keeping big graphs readable: counted group nodes instead of long lists of
// task leaves, and a box per leader around the units he or she supervises.
import type { EdgeKind, RespEdge, RespGraph, RespNode, TaskRole } from './model';
import { EDGE_LABELS, TASK_ROLES, edgeId, nodeId } from './model';

const ROLE_NAMES: Record<TaskRole, string> = { lead: '牵头任务', responsible: '负责任务', cooperating: '配合任务' };

/**
 * Replaces the task leaves of a unit (tasks no other unit in the graph shares)
 * by one group node per role when there are more than `above` of them.
 */
export function collapseLeaves(g: RespGraph, above: number): RespGraph {
  const unitsOf = new Map<string, Set<string>>();
  for (const e of g.edges) if (isRole(e.kind)) unitsOf.set(e.target, (unitsOf.get(e.target) ?? new Set()).add(e.source));
  const leaves = new Map<string, RespEdge[]>();
  for (const e of g.edges) {
    if (!isRole(e.kind) || unitsOf.get(e.target)?.size !== 1) continue;
    const k = `${e.source}\u0000${e.kind}`;
    leaves.set(k, [...(leaves.get(k) ?? []), e]);
  }
  const drop = new Set<string>();
  const nodes: RespNode[] = [];
  const edges: RespEdge[] = [];
  for (const group of leaves.values()) {
    if (group.length <= above) continue;
    const { source, kind } = group[0]!;
    const role = kind as TaskRole;
    group.forEach((e) => drop.add(e.target));
    const id = nodeId('group', `${source}|${role}`);
    const unitKey = g.nodes.find((n) => n.id === source)?.key;
    const expand = unitKey ? { kind: 'organization' as const, name: unitKey } : null;
    nodes.push({ id, kind: 'group', key: `${source}|${role}`, label: `${ROLE_NAMES[role]} ×${group.length}`, detail: null, counts: null, parent: null, expand });
    edges.push({ id: edgeId(kind, source, id, null), source, target: id, kind, label: EDGE_LABELS[kind], provenance: null });
    const unit = g.nodes.find((n) => n.id === source);
    if (unit) unit.counts = { ...unit.counts, [role]: group.length };
  }
  if (!drop.size) return g;
  const keptEdges = g.edges.filter((e) => !drop.has(e.source) && !drop.has(e.target)).concat(edges);
  const linked = new Set(keptEdges.flatMap((e) => [e.source, e.target]));
  const keptNodes = g.nodes.filter((n) => !drop.has(n.id) && (n.id === g.root || linked.has(n.id) || n.kind !== 'document')).concat(nodes);
  return { ...g, nodes: keptNodes, edges: keptEdges };
}

const CLUSTERING: EdgeKind[] = ['supervises', 'presides', 'responsible_for'];

/** Puts each leader and the units and areas he or she supervises (else presides over) in one cluster. */
export function clusterByLeader(g: RespGraph): RespGraph {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const clusters: RespNode[] = [];
  const owner = new Map<string, string>();
  for (const kind of CLUSTERING) {
    for (const e of g.edges) {
      if (e.kind !== kind || owner.has(e.target) || byId.get(e.source)?.kind !== 'person') continue;
      owner.set(e.target, e.source);
    }
  }
  const leaders = new Set(owner.values());
  for (const leader of leaders) {
    const person = byId.get(leader)!;
    const id = nodeId('cluster', `leader|${person.key}`);
    clusters.push({ id, kind: 'cluster', key: `leader|${person.key}`, label: `${person.label} 分管`, detail: null, counts: null, parent: null, expand: null });
    person.parent = id;
  }
  for (const [member, leader] of owner) {
    const n = byId.get(member)!;
    if (!leaders.has(member)) n.parent = nodeId('cluster', `leader|${byId.get(leader)!.key}`);
  }
  return { ...g, nodes: [...clusters, ...g.nodes] };
}

function isRole(kind: EdgeKind): kind is TaskRole {
  return (TASK_ROLES as readonly string[]).includes(kind);
}
