// GraphML for Gephi and yEd: plain data keys (label, kind, detail, counts;
// edge kind, label, provenance) that Gephi imports as attributes, plus yEd's
// nodegraphics/edgegraphics keys so yEd shows labels, colours and shapes.
import type { RespEdge, RespGraph, RespNode } from '../model';
import { citeLines } from '../model';
import { EDGE_COLORS, NODE_STYLES, labelLines } from '../style';
import { displayWidth } from './dot';

const KEYS: [string, 'node' | 'edge', string, string][] = [
  ['label', 'node', 'label', 'string'],
  ['kind', 'node', 'kind', 'string'],
  ['detail', 'node', 'detail', 'string'],
  ['lead', 'node', 'lead', 'int'],
  ['responsible', 'node', 'responsible', 'int'],
  ['cooperating', 'node', 'cooperating', 'int'],
  ['cluster', 'node', 'cluster', 'string'],
  ['elabel', 'edge', 'label', 'string'],
  ['ekind', 'edge', 'kind', 'string'],
  ['source', 'edge', 'source', 'string'],
  ['lines', 'edge', 'lines', 'string'],
  ['text', 'edge', 'text', 'string'],
];

/** Clusters (nodes that are a parent) become a `cluster` attribute of their members. */
export function toGraphml(g: RespGraph): string {
  const parentIds = new Set(g.nodes.map((n) => n.parent));
  const parents = new Map(g.nodes.filter((n) => parentIds.has(n.id)).map((n) => [n.id, n.label]));
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xmlns:y="http://www.yworks.com/xml/graphml"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    ...KEYS.map(([id, kind, name, type]) => `  <key id="${id}" for="${kind}" attr.name="${name}" attr.type="${type}"/>`),
    '  <key id="yn" for="node" yfiles.type="nodegraphics"/>',
    '  <key id="ye" for="edge" yfiles.type="edgegraphics"/>',
    `  <graph id="G" edgedefault="directed">`,
    ...g.nodes.filter((n) => !parents.has(n.id)).flatMap((n) => nodeXml(n, n.parent ? parents.get(n.parent) : undefined)),
    ...g.edges.flatMap(edgeXml),
    '  </graph>',
    '</graphml>',
  ];
  return out.join('\n') + '\n';
}

function nodeXml(n: RespNode, cluster: string | undefined): string[] {
  const s = NODE_STYLES[n.kind];
  const label = labelLines(n).join('\n');
  const width = Math.max(60, Math.max(...labelLines(n).map(displayWidth)) * 13 + 20);
  const counts = (['lead', 'responsible', 'cooperating'] as const)
    .filter((k) => n.counts?.[k] !== undefined)
    .map((k) => data(k, String(n.counts?.[k])));
  return [
    `    <node id="${esc(n.id)}">`,
    data('label', label),
    data('kind', n.kind),
    ...(n.detail ? [data('detail', n.detail)] : []),
    ...counts,
    ...(cluster ? [data('cluster', cluster)] : []),
    '      <data key="yn"><y:ShapeNode>' +
      `<y:Geometry width="${width}" height="${labelLines(n).length * 18 + 14}"/>` +
      `<y:Fill color="${s.fill}" transparent="false"/><y:BorderStyle color="${s.border}" type="line" width="1.0"/>` +
      `<y:NodeLabel fontFamily="Dialog">${esc(label)}</y:NodeLabel><y:Shape type="${s.yedShape}"/></y:ShapeNode></data>`,
    '    </node>',
  ];
}

function edgeXml(e: RespEdge): string[] {
  const p = e.provenance;
  return [
    `    <edge id="${esc(e.id)}" source="${esc(e.source)}" target="${esc(e.target)}">`,
    data('elabel', e.label),
    data('ekind', e.kind),
    ...(p ? [data('source', p.source), data('lines', citeLines(p)), ...(p.text ? [data('text', p.text)] : [])] : []),
    `      <data key="ye"><y:PolyLineEdge><y:LineStyle color="${EDGE_COLORS[e.kind]}" type="line" width="1.0"/>` +
      `<y:Arrows source="none" target="standard"/><y:EdgeLabel>${esc(e.label)}</y:EdgeLabel></y:PolyLineEdge></data>`,
    '    </edge>',
  ];
}

function data(key: string, value: string): string {
  return `      <data key="${key}">${esc(value)}</data>`;
}

/** XML text and attribute escaping; drops characters XML 1.0 forbids. */
export function esc(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
