// The per-request context: the graph, this request's loaders, its deadline
// (passed to Neo4j as the transaction timeout) and the caller's API key.
import type { ReadGraph, ReadOptions } from '../graph/readers/run';
import { ApiError } from './errors';
import type { Ingest } from './ingest/ingest';
import { Loaders } from './loaders';

export interface ApiContext {
  graph: ReadGraph;
  loaders: Loaders;
  /** Options for a reader call now: the time left before the request's deadline. */
  read(): ReadOptions;
  /** The `x-api-key` header, if sent. */
  apiKey: string | null;
  /** The key mutations require (GAZETTE_API_KEY); null disables them. */
  requiredApiKey: string | null;
  ingest: Ingest | null;
}

export interface ContextSettings {
  graph: ReadGraph;
  timeoutMs: number;
  requiredApiKey: string | null;
  ingest: Ingest | null;
}

export function createContext(settings: ContextSettings, apiKey: string | null): ApiContext {
  const { graph, timeoutMs, requiredApiKey, ingest } = settings;
  const deadline = Date.now() + timeoutMs;
  const read = (): ReadOptions => {
    const left = deadline - Date.now();
    if (left <= 0) throw new ApiError('the request took too long and was stopped', 'SERVICE_UNAVAILABLE', 'narrow the query or try again later');
    return { timeoutMs: left };
  };
  return { graph, loaders: new Loaders(graph, read), read, apiKey, requiredApiKey, ingest };
}
