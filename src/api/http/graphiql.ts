// GraphiQL served by the API itself, from npm packages (no CDN: the page
// works on an offline machine). GET /graphql from a browser gets the page;
// its scripts and styles come from /graphiql/<file>.
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';

const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

const cache = new Map<string, Buffer>();

export const GRAPHIQL_PREFIX = '/graphiql/';

const EXAMPLE = `# gazette-graph: ask the graph of Ningxia government gazettes.
{
  organization(name: "发改局", jurisdiction: "贺兰县") {
    name
    ledTasks(first: 5) { totalCount edges { node { text document { docNumber title } } } }
    leaders { relation person { name } }
  }
}
`;

export function graphiqlPage(endpoint: string): string {
  return `<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8"><title>gazette-graph GraphiQL</title>
<link rel="stylesheet" href="${GRAPHIQL_PREFIX}graphiql.min.css">
<style>html,body,#graphiql{height:100%;margin:0}
/* Chinese in queries and results: the CJK font the viewer bundles, for machines without one. */
@font-face{font-family:'Noto Sans SC';src:url('/viewer/assets/cjk.otf') format('opentype')}
.graphiql-container{--font-family:'Roboto',system-ui,sans-serif,'Noto Sans SC';--font-family-mono:'Fira Code',monospace,'Noto Sans SC'}
.graphiql-container .CodeMirror{font-family:var(--font-family-mono)}</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${GRAPHIQL_PREFIX}react.production.min.js"></script>
<script src="${GRAPHIQL_PREFIX}react-dom.production.min.js"></script>
<script src="${GRAPHIQL_PREFIX}graphiql.min.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE)}, defaultEditorToolsVisibility: true }));
</script>
</body>
</html>`;
}

/** Serves one GraphiQL asset; false when `file` is not one of them. */
export function serveAsset(file: string, res: ServerResponse): boolean {
  const asset = ASSETS[file];
  if (!asset) return false;
  let body = cache.get(file);
  if (!body) cache.set(file, (body = fs.readFileSync(path.join(path.dirname(require.resolve(`${asset.pkg}/package.json`)), asset.file))));
  res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': 'public, max-age=86400' });
  res.end(body);
  return true;
}

/** A browser asking for a page (not a GraphQL client). */
export function wantsHtml(accept: string | undefined, search: string): boolean {
  return !!accept && accept.includes('text/html') && !new URLSearchParams(search).has('query');
}
