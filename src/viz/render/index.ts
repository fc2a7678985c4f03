// Every output format, registered in one list: name → renderer.
import type { RespGraph } from '../model';
import { toDot } from './dot';
import { toGraphml } from './graphml';
import { toMermaid } from './mermaid';
import { toPng } from './png';
import { toSvg } from './svg';
import { toCsv, toJson } from './table';

/** Options some formats honour; the others ignore them. */
export interface RenderOptions {
  /** SVG: embed a subset of the bundled CJK font (default true). */
  embedFont?: boolean;
}

export interface Format {
  name: string;
  extension: string;
  mime: string;
  render: (g: RespGraph, options?: RenderOptions) => Promise<string | Buffer> | string | Buffer;
}

export const FORMATS: readonly Format[] = [
  { name: 'svg', extension: 'svg', mime: 'image/svg+xml', render: (g, o) => toSvg(g, { embedFont: o?.embedFont }) },
  { name: 'png', extension: 'png', mime: 'image/png', render: (g) => toPng(g) },
  { name: 'dot', extension: 'dot', mime: 'text/vnd.graphviz', render: toDot },
  { name: 'mermaid', extension: 'mmd', mime: 'text/plain', render: toMermaid },
  { name: 'graphml', extension: 'graphml', mime: 'application/graphml+xml', render: toGraphml },
  { name: 'json', extension: 'json', mime: 'application/json', render: toJson },
  { name: 'csv', extension: 'csv', mime: 'text/csv', render: toCsv },
];

export const FORMAT_NAMES = FORMATS.map((f) => f.name);

export function findFormat(name: string): Format | undefined {
  return FORMATS.find((f) => f.name === name.toLowerCase());
}

/** The format a file name implies by its extension (`out.svg` → svg). */
export function formatForFile(file: string): Format | undefined {
  const ext = file.toLowerCase().split('.').pop() ?? '';
  return FORMATS.find((f) => f.extension === ext || f.name === ext);
}
