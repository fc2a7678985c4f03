// Query cost: every field costs 1, and a list's selection is multiplied by
// the number of items it can return: its `first`, the default page size for
// a connection, or a fixed guess for small unpaged lists.
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { getNullableType, isListType, isObjectType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { DEFAULT_PAGE } from '../common/connection';

/** Items assumed for lists that are not paged (a unit's posts, a task's units). */
const UNPAGED_LIST = 10;

const estimator: ComplexityEstimator = ({ args, childComplexity, field, type: parent }) => {
  // A connection's edges are already counted by the connection's `first`.
  if (parent.name.endsWith('Connection') && field.name === 'edges') return 1 + childComplexity;
  const type = getNullableType(field.type);
  const isConnection = isObjectType(type) && type.name.endsWith('Connection');
  if (!isConnection && !isListType(type)) return 1 + childComplexity;
  const first = typeof args.first === 'number' ? Math.max(args.first, 1) : isConnection ? DEFAULT_PAGE : UNPAGED_LIST;
  return 1 + childComplexity * first;
};

export function queryCost(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [estimator] });
}
