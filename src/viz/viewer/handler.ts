// /viewer on the API server: the page, its assets (Cytoscape.js and the CJK
// font from node_modules, nothing from a CDN) and /viewer/export, which
// renders the graph the page shows as SVG, PNG or GraphML.
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROJECT_ROOT } from '../../config';
import { EDGE_LABELS, type RespGraph } from '../model';
import { NODE_STYLES } from '../style';
import { cjkFontFiles } from '../render/png';
import { findFormat } from '../render';
import { viewerPage } from './page';

export const VIEWER_PATH = '/viewer';
const MAX_EXPORT_BODY = 16 * 1024 * 1024;
const EXPORTS = new Set(['svg', 'png', 'graphml', 'dot', 'mermaid', 'json', 'csv']);

interface Asset { file: () => string; type: string }

const ASSETS: Record<string, Asset> = {
  'viewer.js': { file: () => path.join(PROJECT_ROOT, 'src', 'viz', 'viewer', 'viewer.js'), type: 'text/javascript; charset=utf-8' },
  'viewer.css': { file: () => path.join(PROJECT_ROOT, 'src', 'viz', 'viewer', 'viewer.css'), type: 'text/css; charset=utf-8' },
  'cytoscape.min.js': { file: () => path.join(path.dirname(require.resolve('cytoscape')), 'cytoscape.min.js'), type: 'text/javascript; charset=utf-8' },
  'cjk.otf': { file: () => cjkFontFiles()[0]!, type: 'font/otf' },
};

export function isViewerPath(pathname: string): boolean {
  return pathname === VIEWER_PATH || pathname.startsWith(`${VIEWER_PATH}/`);
}

/** Serves /viewer, /viewer/assets/* and POST /viewer/export?format=…. */
export async function handleViewer(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const rest = url.pathname.slice(VIEWER_PATH.length);
  if (rest === '' || rest === '/') return send(res, 200, 'text/html; charset=utf-8', viewerPage());
  if (rest.startsWith('/assets/')) return asset(res, rest.slice('/assets/'.length));
  if (rest === '/export' && req.method === 'POST') return exportView(req, res, url.searchParams.get('format') ?? 'svg');
  send(res, 404, 'text/plain; charset=utf-8', 'not found; the viewer is at /viewer');
}

function asset(res: ServerResponse, name: string): void {
  const a = ASSETS[name];
  if (!a) return send(res, 404, 'text/plain; charset=utf-8', 'no such asset');
  res.writeHead(200, { 'content-type': a.type, 'cache-control': 'public, max-age=3600' });
  fs.createReadStream(a.file()).on('error', () => res.end()).pipe(res);
}

async function exportView(req: IncomingMessage, res: ServerResponse, formatName: string): Promise<void> {
  const format = EXPORTS.has(formatName) ? findFormat(formatName) : undefined;
  if (!format) return send(res, 400, 'text/plain; charset=utf-8', `unknown format ${formatName}; use svg, png or graphml`);
  let graph: RespGraph;
  try {
    graph = asGraph(JSON.parse((await readBody(req)).toString('utf8')));
  } catch (err) {
    return send(res, 400, 'text/plain; charset=utf-8', `the body is not a graph: ${(err as Error).message}`);
  }
  const out = await format.render(graph);
  res.writeHead(200, {
    'content-type': format.mime,
    'content-disposition': `attachment; filename="graph.${format.extension}"`,
  });
  res.end(out);
}

/** Checks the shape the renderers rely on; keeps only nodes and edges that fit it. */
export function asGraph(body: unknown): RespGraph {
  const g = body as Partial<RespGraph>;
  if (!g || !Array.isArray(g.nodes) || !Array.isArray(g.edges)) throw new Error('expected {nodes: [...], edges: [...]}');
  const nodes = g.nodes.filter((n) => n && typeof n.id === 'string' && typeof n.label === 'string' && n.kind in NODE_STYLES)
    .map((n) => ({ ...n, detail: n.detail ?? null, counts: n.counts ?? null, parent: n.parent ?? null, expand: n.expand ?? null }));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = g.edges.filter((e) => e && ids.has(e.source) && ids.has(e.target) && e.kind in EDGE_LABELS)
    .map((e) => ({ ...e, provenance: e.provenance ?? null }));
  for (const n of nodes) if (n.parent && !ids.has(n.parent)) n.parent = null;
  return { scope: g.scope ?? { kind: 'organization', name: '' }, root: g.root ?? null, title: String(g.title ?? ''), nodes, edges };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_EXPORT_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}
