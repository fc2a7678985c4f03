// Apollo plugin: refuses an operation whose estimated cost exceeds `max`,
// before any resolver runs. (A plugin rather than a validation rule because
// the cost depends on variables such as $first.)
import type { ApolloServerPlugin } from '@apollo/server';
import { ApiError } from '../errors';
import { queryCost } from '../limits/cost';

export function costLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const cost = queryCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          if (cost > max) {
            throw new ApiError(`query cost ${cost} is over the limit of ${max}`, 'QUERY_TOO_COSTLY', 'ask for smaller pages (first) or fewer nested lists');
          }
        },
      };
    },
  };
}
