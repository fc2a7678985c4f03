// Validation rule: rejects operations nested deeper than `max` fields
// (introspection fields are not counted, so GraphiQL keeps working).
import { GraphQLError, Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type ValidationRule, type SelectionSetNode, type ValidationContext } from 'graphql';

export function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(op: OperationDefinitionNode) {
      const depth = depthOf(op.selectionSet, context, new Set());
      if (depth > max) {
        context.reportError(
          new GraphQLError(`query is ${depth} levels deep; the limit is ${max}`, {
            nodes: [op],
            extensions: { code: 'QUERY_TOO_DEEP', hint: 'split the query into smaller ones, or ask for fewer nested levels' },
          }),
        );
      }
    },
  });
}

function depthOf(set: SelectionSetNode, context: ValidationContext, seen: Set<string>): number {
  let deepest = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + (sel.selectionSet ? depthOf(sel.selectionSet, context, seen) : 0));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(sel.selectionSet, context, seen));
    } else {
      const name = sel.name.value;
      const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
      if (!fragment || seen.has(name)) continue;
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, context, new Set([...seen, name])));
    }
  }
  return deepest;
}
