// /healthz: the process answers. /readyz: Neo4j answers too.
import type { ServerResponse } from 'node:http';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function healthz(res: ServerResponse): void {
  sendJson(res, 200, { status: 'ok' });
}

export async function readyz(res: ServerResponse, check: () => Promise<void>, timeoutMs = 3000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Neo4j within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([check(), timeout]);
    sendJson(res, 200, { status: 'ready', neo4j: 'reachable' });
  } catch (err) {
    sendJson(res, 503, { status: 'unavailable', neo4j: (err as Error).message });
  } finally {
    clearTimeout(timer);
  }
}
