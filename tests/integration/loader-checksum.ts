// A checksum over the whole graph (labels + properties of every node, type
// + properties + endpoints of every relationship; Source.loadedAt left out),
// to compare graphs built in different ways.
import crypto from 'node:crypto';
import type { Graph } from '../../src/graph/driver';

export interface GraphDump {
  hash: string;
  nodes: string[];
  relationships: string[];
}

const NODES = `MATCH (n) RETURN labels(n) AS labels, properties(n) AS props`;
const RELS = `MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props,
  labels(a) AS la, coalesce(a.key, a.name, a.id) AS ka, labels(b) AS lb, coalesce(b.key, b.name, b.id) AS kb`;

export async function dumpGraph(graph: Graph): Promise<GraphDump> {
  const nodes = (await graph.read<{ labels: string[]; props: Record<string, unknown> }>(NODES))
    .map((n) => {
      const props = { ...n.props };
      if (n.labels.includes('Source')) delete props.loadedAt;
      return JSON.stringify([n.labels.sort(), sorted(props)]);
    })
    .sort();
  const relationships = (await graph.read<Record<string, unknown>>(RELS))
    .map((r) => JSON.stringify([r.la, r.ka, r.type, sorted(r.props as Record<string, unknown>), r.lb, r.kb]))
    .sort();
  const hash = crypto.createHash('sha256').update(nodes.join('\n')).update('\n--\n').update(relationships.join('\n')).digest('hex');
  return { hash, nodes, relationships };
}

function sorted(o: Record<string, unknown>): [string, unknown][] {
  return Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Lines only in one of the two dumps, for readable failures. */
export function diffDumps(a: GraphDump, b: GraphDump): { onlyA: string[]; onlyB: string[] } {
  const setA = new Set([...a.nodes, ...a.relationships]);
  const setB = new Set([...b.nodes, ...b.relationships]);
  return { onlyA: [...setA].filter((x) => !setB.has(x)), onlyB: [...setB].filter((x) => !setA.has(x)) };
}
