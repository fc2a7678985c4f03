// formatError: expected errors keep their code, message and hint; graph
// outages become SERVICE_UNAVAILABLE; everything else becomes a generic
// INTERNAL_SERVER_ERROR with no driver text, Cypher or stack (logged instead).
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { GraphAuthError, GraphError, GraphTimeoutError, GraphTransientError, GraphUnavailableError } from '../../graph/errors';

const PASS_THROUGH = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'SERVICE_UNAVAILABLE', 'QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND',
]);

export type ErrorLog = (message: string) => void;

export function formatErrorWith(log: ErrorLog) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError && error.originalError instanceof GraphError ? error.originalError : unwrapped(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof GraphUnavailableError || original instanceof GraphTransientError || original instanceof GraphTimeoutError || original instanceof GraphAuthError) {
      return { ...base, message: original.message, extensions: { code: 'SERVICE_UNAVAILABLE', hint: original.hint } };
    }
    const code = String(formatted.extensions?.code ?? '');
    // Apollo wraps validation errors (GRAPHQL_VALIDATION_FAILED); the rule's own code is on the wrapped error.
    const inner = (original as { originalError?: unknown })?.originalError;
    const own = ((inner as { extensions?: Record<string, unknown> })?.extensions?.code ? inner : original) as { extensions?: Record<string, unknown> };
    const ownExt = own?.extensions;
    const ownCode = typeof ownExt?.code === 'string' ? ownExt.code : null;
    if (ownCode && PASS_THROUGH.has(ownCode)) return { ...base, extensions: { code: ownCode, ...(ownExt?.hint ? { hint: ownExt.hint } : {}) } };
    if (PASS_THROUGH.has(code) && !(original instanceof GraphError)) {
      return { ...base, extensions: { code, ...(formatted.extensions?.hint ? { hint: formatted.extensions.hint } : {}) } };
    }
    log(`internal error at ${formatted.path?.join('.') ?? '(request)'}: ${describe(original)}`);
    return { message: 'internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** A resolver's thrown error, out of the GraphQLError that carries its path. */
function unwrapped(error: unknown): unknown {
  return error instanceof GraphQLError && error.path && error.originalError ? unwrapped(error.originalError) : error;
}

function describe(err: unknown): string {
  const e = err as Error & { cause?: unknown };
  const cause = e?.cause ? ` (cause: ${(e.cause as Error)?.message ?? String(e.cause)})` : '';
  return `${e?.stack ?? String(err)}${cause}`;
}
