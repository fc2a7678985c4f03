// Mermaid flowchart: short ids (n0, n1, …) with quoted Chinese labels,
// subgraphs for compound parents, classDefs by node kind, linkStyle by role.
import type { NodeKind, RespGraph, RespNode } from '../model';
import { EDGE_COLORS, NODE_STYLES, labelLines } from '../style';

export function toMermaid(g: RespGraph): string {
  const ids = new Map(g.nodes.map((n, i) => [n.id, `n${i}`]));
  const out = ['flowchart LR'];
  const kinds = new Set<NodeKind>(g.nodes.map((n) => n.kind));
  for (const k of kinds) out.push(`  classDef ${k} fill:${NODE_STYLES[k].fill},stroke:${NODE_STYLES[k].border}`);
  const byParent = new Map<string | null, RespNode[]>();
  for (const n of g.nodes) byParent.set(n.parent, [...(byParent.get(n.parent) ?? []), n]);
  for (const n of byParent.get(null) ?? []) {
    const kids = byParent.get(n.id);
    if (!kids) {
      out.push(`  ${nodeLine(n, ids)}`);
      continue;
    }
    out.push(`  subgraph ${ids.get(n.id)}["${text(n.label)}"]`);
    for (const c of kids) out.push(`    ${nodeLine(c, ids)}`);
    out.push('  end');
  }
  g.edges.forEach((e) => out.push(`  ${ids.get(e.source)} -->|${text(e.label)}| ${ids.get(e.target)}`));
  g.edges.forEach((e, i) => out.push(`  linkStyle ${i} stroke:${EDGE_COLORS[e.kind]}`));
  return out.join('\n') + '\n';
}

function nodeLine(n: RespNode, ids: Map<string, string>): string {
  return `${ids.get(n.id)}["${labelLines(n).map(text).join('<br/>')}"]:::${n.kind}`;
}

/** Mermaid label text: quotes and markup characters as entity codes. */
export function text(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/"/g, '#quot;').replace(/[<>|]/g, (c) => `#${c.codePointAt(0)};`);
}
