// How each node and edge kind looks, shared by the DOT/SVG/PNG, GraphML and
// Mermaid renderers and by the viewer page (served to it as JSON).
import type { EdgeKind, NodeKind } from './model';

/** CJK-capable families first, then common system fallbacks. */
export const FONT_FAMILIES = [
  'Noto Sans SC',
  'Noto Sans Hans',
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  'WenQuanYi Micro Hei',
  'PingFang SC',
  'Microsoft YaHei',
  'sans-serif',
];
export const FONT_STACK = FONT_FAMILIES.join(', ');

export const EDGE_COLORS: Record<EdgeKind, string> = {
  lead: '#d62728',
  responsible: '#ff7f0e',
  cooperating: '#1f77b4',
  presides: '#8c564b',
  supervises: '#2ca02c',
  liaises: '#9467bd',
  responsible_for: '#17becf',
  backup: '#7f7f7f',
  oversees: '#e377c2',
  has_task: '#555555',
  issued: '#555555',
  part_of: '#bcbd22',
  in: '#aaaaaa',
};

export interface NodeStyle {
  fill: string;
  border: string;
  /** Graphviz shape name. */
  dotShape: string;
  /** Cytoscape shape name. */
  cyShape: string;
  /** yEd shape type. */
  yedShape: string;
}

export const NODE_STYLES: Record<NodeKind, NodeStyle> = {
  organization: { fill: '#e8f1fb', border: '#1f4e79', dotShape: 'box', cyShape: 'round-rectangle', yedShape: 'roundrectangle' },
  person: { fill: '#fdeed9', border: '#a65e00', dotShape: 'ellipse', cyShape: 'ellipse', yedShape: 'ellipse' },
  task: { fill: '#ffffff', border: '#777777', dotShape: 'note', cyShape: 'rectangle', yedShape: 'rectangle' },
  document: { fill: '#f3f3f3', border: '#333333', dotShape: 'folder', cyShape: 'tag', yedShape: 'parallelogram' },
  area: { fill: '#eaf7ea', border: '#2ca02c', dotShape: 'hexagon', cyShape: 'hexagon', yedShape: 'hexagon' },
  jurisdiction: { fill: '#fff7c2', border: '#8a7a00', dotShape: 'doubleoctagon', cyShape: 'octagon', yedShape: 'octagon' },
  group: { fill: '#f7f7f7', border: '#999999', dotShape: 'box3d', cyShape: 'barrel', yedShape: 'rectangle' },
  cluster: { fill: '#fbfbf4', border: '#a65e00', dotShape: 'box', cyShape: 'round-rectangle', yedShape: 'roundrectangle' },
};

/** A node's label with its task counts, one line per part. */
export function labelLines(node: { label: string; counts: Partial<Record<string, number>> | null }): string[] {
  const lines = [node.label];
  const c = node.counts;
  if (c) {
    const parts = [['lead', '牵头'], ['responsible', '负责'], ['cooperating', '配合']]
      .filter(([k]) => (c[k] ?? 0) > 0)
      .map(([k, zh]) => `${zh}${c[k]}`);
    if (parts.length) lines.push(parts.join(' · '));
  }
  return lines;
}
