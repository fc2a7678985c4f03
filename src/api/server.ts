// The HTTP server: GraphQL at /graphql (GraphiQL for browsers), /healthz,
// /readyz. Apollo Server handles GraphQL; a tiny router handles the rest.
import 'reflect-metadata';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Graph } from '../graph/driver';
import { createContext, type ApiContext } from './context';
import { BodyTooLargeError, parseBody, readBody } from './http/body';
import { GRAPHIQL_PREFIX, graphiqlPage, serveAsset, wantsHtml } from './http/graphiql';
import { healthz, readyz, sendJson } from './http/health';
import type { Ingest } from './ingest/ingest';
import { depthLimit } from './limits/depth';
import { costLimitPlugin } from './plugins/cost-limit';
import { formatErrorWith, type ErrorLog } from './plugins/format-error';
import { buildApiSchema } from './schema';
import { handleViewer, isViewerPath } from '../viz/viewer/handler';

export interface ApiLimits {
  /** Per-request time budget, passed to Neo4j as the transaction timeout. */
  timeoutMs: number;
  maxDepth: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: ApiLimits = { timeoutMs: 10_000, maxDepth: 12, maxCost: 50_000 };

export interface ApiOptions {
  graph: Pick<Graph, 'read' | 'verify'>;
  port: number;
  host?: string;
  apiKey: string | null;
  ingest: Ingest | null;
  limits?: Partial<ApiLimits>;
  log?: ErrorLog;
}

export interface RunningApi {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const MAX_BODY = 8 * 1024 * 1024;

export async function startApi(options: ApiOptions): Promise<RunningApi> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const apollo = new ApolloServer<ApiContext>({
    schema: buildApiSchema(),
    validationRules: [depthLimit(limits.maxDepth)],
    // Cache-control hints are unused here, and that plugin's per-field hook
    // makes Apollo wrap every resolver; without it fields resolve directly.
    plugins: [costLimitPlugin(limits.maxCost), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
    formatError: formatErrorWith(log),
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
  await apollo.start();
  const settings = { graph: options.graph, timeoutMs: limits.timeoutMs, requiredApiKey: options.apiKey, ingest: options.ingest };
  const server = http.createServer((req, res) => {
    route(req, res).catch((err) => {
      log(`request failed: ${(err as Error)?.stack ?? String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return healthz(res);
    if (url.pathname === '/readyz') return readyz(res, () => options.graph.verify());
    if (isViewerPath(url.pathname)) return handleViewer(req, res, url);
    if (url.pathname.startsWith(GRAPHIQL_PREFIX) && serveAsset(url.pathname.slice(GRAPHIQL_PREFIX.length), res)) return;
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found; GraphQL is at /graphql' });
    if (req.method === 'GET' && wantsHtml(req.headers.accept, url.search)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(graphiqlPage('/graphql'));
    }
    await graphql(req, res, url);
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    let body: unknown;
    try {
      body = parseBody(await readBody(req, MAX_BODY), req.headers['content-type']);
    } catch (err) {
      const message = err instanceof BodyTooLargeError ? err.message : 'request body is not valid JSON';
      return sendJson(res, err instanceof BodyTooLargeError ? 413 : 400, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const request: HTTPGraphQLRequest = { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body };
    const apiKey = headers.get('x-api-key') ?? null;
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: async () => createContext(settings, apiKey) });
    const out: Record<string, string> = {};
    for (const [k, v] of response.headers) out[k] = v;
    res.writeHead(response.status ?? 200, out);
    if (response.body.kind === 'complete') return void res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://localhost:${port}/graphql`,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await apollo.stop();
    },
  };
}
