// Apollo plugin: refuses an operation whose estimated cost exceeds `max`,
// before any resolver runs. (A plugin rather than a validation rule because
// the cost depends on variables such as $first.)
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { ApiError } from '../errors';
import { queryCost } from '../limits/cost';

/** Costs kept per document: one for each of its last few variable sets. */
const VARIANTS_PER_DOCUMENT = 64;
/** Variables longer than this as JSON (a document's text for ingestDocument) are not kept as a key. */
const MAX_KEY_LENGTH = 2048;

export function costLimitPlugin(max: number): ApolloServerPlugin {
  const cost = cachedCost();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const estimate = cost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          if (estimate > max) {
            throw new ApiError(`query cost ${estimate} is over the limit of ${max}`, 'QUERY_TOO_COSTLY', 'ask for smaller pages (first) or fewer nested lists');
          }
        },
      };
    },
  };
}

/**
 * queryCost, remembered. Apollo hands every request with the same query text
 * the same parsed document (its document cache), and walking the document
 * for its cost was a tenth of what a small request allocated.
 */
export function cachedCost(compute: typeof queryCost = queryCost): typeof queryCost {
  const bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
  return (schema, document, variables, operationName) => {
    let byDocument = bySchema.get(schema);
    if (!byDocument) bySchema.set(schema, (byDocument = new WeakMap()));
    let byVariables = byDocument.get(document);
    if (!byVariables) byDocument.set(document, (byVariables = new Map()));
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    if (key.length > MAX_KEY_LENGTH) return compute(schema, document, variables, operationName);
    let cost = byVariables.get(key);
    if (cost === undefined) {
      cost = compute(schema, document, variables, operationName);
      if (byVariables.size >= VARIANTS_PER_DOCUMENT) byVariables.clear();
      byVariables.set(key, cost);
    }
    return cost;
  };
}
