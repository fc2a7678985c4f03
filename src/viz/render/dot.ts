// DOT for Graphviz: clusters for compound parents (a leader's units), colours
// by role, CJK font families named, and node widths sized for CJK text
// (Graphviz's built-in metrics underestimate wide characters). Large fans of
// leaves are staggered over several ranks and separate components packed in
// an array, so a leadership division is not one very tall column.
import type { RespEdge, RespGraph, RespNode } from '../model';
import { EDGE_COLORS, FONT_STACK, NODE_STYLES, labelLines } from '../style';

const FONT_SIZE = 12;

export function toDot(g: RespGraph): string {
  const out = [
    'digraph responsibility {',
    `  graph [rankdir=LR, charset="UTF-8", fontname=${q(FONT_STACK)}, label=${q(g.title)}, labelloc=t, fontsize=16, nodesep=0.25, ranksep=0.9, pack=true, packmode="array_u"];`,
    `  node [fontname=${q(FONT_STACK)}, fontsize=${FONT_SIZE}, style="filled", penwidth=1.2];`,
    `  edge [fontname=${q(FONT_STACK)}, fontsize=10, arrowsize=0.7];`,
  ];
  const children = new Map<string | null, RespNode[]>();
  for (const n of g.nodes) children.set(n.parent, [...(children.get(n.parent) ?? []), n]);
  const clusters = new Set(g.nodes.filter((n) => children.has(n.id)).map((n) => n.id));
  (children.get(null) ?? []).forEach((n, i) => out.push(...(clusters.has(n.id) ? cluster(i, n, children) : [`  ${nodeLine(n)}`])));
  const stagger = staggerLeaves(g);
  for (const e of g.edges) out.push(`  ${edgeLine(e, stagger.get(e.id))}`);
  out.push('}');
  return out.join('\n') + '\n';
}

function cluster(index: number, head: RespNode, children: Map<string | null, RespNode[]>): string[] {
  const name = `cluster_${index}`;
  const style = NODE_STYLES[head.kind];
  return [
    `  subgraph ${q(name)} {`,
    `    graph [label=${q(head.label)}, style="rounded,dashed,filled", fillcolor=${q(style.fill)}, color=${q(style.border)}];`,
    ...(children.get(head.id) ?? []).map((c) => `    ${nodeLine(c)}`),
    '  }',
  ];
}

function nodeLine(n: RespNode): string {
  const s = NODE_STYLES[n.kind];
  const lines = labelLines(n);
  const chars = Math.max(...lines.map(displayWidth));
  const width = Math.max(0.75, (chars * FONT_SIZE) / 72 + 0.35).toFixed(2);
  const attrs = [
    `label=${q(lines.join('\n'))}`,
    `shape=${s.dotShape}`,
    `fillcolor=${q(s.fill)}`,
    `color=${q(s.border)}`,
    `width=${width}`,
    `tooltip=${q(n.detail ?? n.label)}`,
  ];
  if (n.kind === 'group') attrs.push('style="filled,dashed"');
  return `${q(n.id)} [${attrs.join(', ')}];`;
}

function edgeLine(e: RespEdge, minlen: number | undefined): string {
  const color = EDGE_COLORS[e.kind];
  const attrs = [`label=${q(e.label)}`, `color=${q(color)}`, `fontcolor=${q(color)}`];
  if (minlen && minlen > 1) attrs.push(`minlen=${minlen}`);
  if (e.kind === 'liaises' || e.kind === 'cooperating') attrs.push('style=dashed');
  if (e.provenance) attrs.push(`tooltip=${q(`${e.provenance.source}:${e.provenance.lines.join('-')}`)}`);
  return `${q(e.source)} -> ${q(e.target)} [${attrs.join(', ')}];`;
}

/**
 * What Graphviz's `unflatten` does: a node with many leaves would stack them
 * in one very tall rank, so its leaf edges get lengths 1, 2, … in turn and
 * the leaves (nodes with no edge out) spread over several ranks. Returns
 * edge id → minlen.
 */
export function staggerLeaves(g: RespGraph, threshold = 6): Map<string, number> {
  const outDegree = new Map<string, number>();
  for (const e of g.edges) outDegree.set(e.source, (outDegree.get(e.source) ?? 0) + 1);
  const sinkEdges = new Map<string, RespEdge[]>();
  for (const e of g.edges) {
    if (outDegree.has(e.target)) continue;
    sinkEdges.set(e.source, [...(sinkEdges.get(e.source) ?? []), e]);
  }
  const out = new Map<string, number>();
  for (const edges of sinkEdges.values()) {
    if (edges.length <= threshold) continue;
    const ranks = Math.min(6, Math.ceil(Math.sqrt(edges.length)));
    edges.forEach((e, i) => out.set(e.id, 1 + (i % ranks)));
  }
  return out;
}

/** Width in em: CJK and other wide characters count 1, the rest about half. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 1 : 0.55;
  return w;
}

/** A DOT double-quoted string. */
export function q(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}
