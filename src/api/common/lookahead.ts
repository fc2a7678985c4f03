// Looking ahead into a query: a root resolver that can fetch a child field's
// first page in its own statement (one round trip instead of two) asks here
// whether, and with which arguments, that child is selected.
import { getArgumentValues, getNamedType, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { PageArgs as Window } from '../../graph/readers/shapes';
import { windowOf, type PageArgs } from './connection';

/**
 * The arguments of field `name` selected directly under the field being
 * resolved, or null when it is not selected, or selected several times with
 * different arguments (then the ordinary loaders answer each one).
 */
export function selectedChildArgs(info: GraphQLResolveInfo, name: string): Record<string, unknown> | null {
  return argsOf(info, name, selectedChildren(info, name));
}

/** The one set of arguments the selections `nodes` of child field `name` share, or null. */
function argsOf(info: GraphQLResolveInfo, name: string, nodes: readonly FieldNode[]): Record<string, unknown> | null {
  const type = getNamedType(info.returnType);
  const definition = isObjectType(type) ? type.getFields()[name] : undefined;
  if (!definition) return null;
  let args: Record<string, unknown> | null = null;
  let seen: string | null = null;
  for (const node of nodes) {
    const these = getArgumentValues(definition, node, info.variableValues);
    const text = JSON.stringify(these);
    if (seen !== null && text !== seen) return null;
    seen = text;
    args = these;
  }
  return args;
}

/** Every selection of field `name` directly under the field being resolved (through fragments too). */
function selectedChildren(info: GraphQLResolveInfo, name: string): FieldNode[] {
  const nodes: FieldNode[] = [];
  for (const field of info.fieldNodes) collect(field.selectionSet, name, info, nodes, new Set());
  return nodes;
}

/**
 * The fields that read provenance: readers asked for records without it
 * (`$provenance: false` in the task statements) leave these empty.
 */
const PROVENANCE_FIELDS = new Set(['provenance', 'mention']);

/**
 * Whether anything selected beneath `nodes`, at any depth, reads provenance.
 * Deliberately coarse: a provenance field anywhere below (even one a loader
 * of its own answers) counts, so a record read without provenance is never
 * asked for it.
 */
export function asksForProvenance(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): boolean {
  // graphql-js hands every item of a list the same fieldNodes array: walk it once.
  let answer = provenanceAsked.get(nodes);
  if (answer === undefined) provenanceAsked.set(nodes, (answer = searchProvenance(info, nodes)));
  return answer;
}

const provenanceAsked = new WeakMap<readonly FieldNode[], boolean>();

function searchProvenance(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): boolean {
  const visited = new Set<string>();
  const search = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return PROVENANCE_FIELDS.has(selection.name.value) || search(selection.selectionSet);
      if (selection.kind === Kind.INLINE_FRAGMENT) return search(selection.selectionSet);
      if (visited.has(selection.name.value)) return false;
      visited.add(selection.name.value);
      return search(info.fragments[selection.name.value]?.selectionSet);
    });
  return nodes.some((node) => search(node.selectionSet));
}

function collect(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo, out: FieldNode[], visited: Set<string>): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name) out.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, name, info, out, visited);
    } else if (!visited.has(selection.name.value)) {
      visited.add(selection.name.value);
      collect(info.fragments[selection.name.value]?.selectionSet, name, info, out, visited);
    }
  }
}

/**
 * The page window of connection field `name` if it is selected once (null also
 * when its arguments are invalid: the field reports that itself), and whether
 * its selection reads provenance.
 */
export function selectedPage(info: GraphQLResolveInfo, name: string): (Window & { args: Record<string, unknown>; provenance: boolean }) | null {
  const nodes = selectedChildren(info, name);
  const args = argsOf(info, name, nodes);
  if (!args) return null;
  try {
    return { ...windowOf(args as PageArgs), args, provenance: asksForProvenance(info, nodes) };
  } catch {
    return null;
  }
}
