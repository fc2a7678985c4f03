// DOT for Graphviz: clusters for compound parents (a leader's units), colours
// by role, CJK font families named, and node widths sized for CJK text
// (Graphviz's built-in metrics underestimate wide characters).
import type { RespEdge, RespGraph, RespNode } from '../model';
import { EDGE_COLORS, FONT_STACK, NODE_STYLES, labelLines } from '../style';

const FONT_SIZE = 12;

export function toDot(g: RespGraph): string {
  const out = [
    'digraph responsibility {',
    `  graph [rankdir=LR, charset="UTF-8", fontname=${q(FONT_STACK)}, label=${q(g.title)}, labelloc=t, fontsize=16, nodesep=0.25, ranksep=0.9];`,
    `  node [fontname=${q(FONT_STACK)}, fontsize=${FONT_SIZE}, style="filled", penwidth=1.2];`,
    `  edge [fontname=${q(FONT_STACK)}, fontsize=10, arrowsize=0.7];`,
  ];
  const children = new Map<string | null, RespNode[]>();
  for (const n of g.nodes) children.set(n.parent, [...(children.get(n.parent) ?? []), n]);
  const clusters = new Set(g.nodes.filter((n) => children.has(n.id)).map((n) => n.id));
  (children.get(null) ?? []).forEach((n, i) => out.push(...(clusters.has(n.id) ? cluster(i, n, children) : [`  ${nodeLine(n)}`])));
  for (const e of g.edges) out.push(`  ${edgeLine(e)}`);
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

function edgeLine(e: RespEdge): string {
  const color = EDGE_COLORS[e.kind];
  const attrs = [`label=${q(e.label)}`, `color=${q(color)}`, `fontcolor=${q(color)}`];
  if (e.kind === 'liaises' || e.kind === 'cooperating') attrs.push('style=dashed');
  if (e.provenance) attrs.push(`tooltip=${q(`${e.provenance.source}:${e.provenance.lines.join('-')}`)}`);
  return `${q(e.source)} -> ${q(e.target)} [${attrs.join(', ')}];`;
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
