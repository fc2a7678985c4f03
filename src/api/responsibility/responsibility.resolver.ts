// responsibilityGraph(scope, depth, roles) and graphScopes(text): the
// responsibility graphs of src/viz over GraphQL.
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { loadConfig } from '../../config';
import { buildResponsibilityGraph, findScopes } from '../../viz/build';
import { VizError } from '../../viz/errors';
import type { Scope, ScopeKind } from '../../viz/model';
import { TaskRole } from '../common/enums';
import type { ApiContext } from '../context';
import { ApiError, badInput } from '../errors';
import { GraphScopeInput, GraphScopeMatch, ResponsibilityGraph } from './responsibility.type';

const KINDS: ScopeKind[] = ['organization', 'document', 'person', 'jurisdiction'];

@Resolver()
export class ResponsibilityResolver {
  @Query(() => ResponsibilityGraph, { description: 'The responsibility graph of a unit, a document, a leader or a jurisdiction.' })
  async responsibilityGraph(
    @Arg('scope', () => GraphScopeInput) scope: GraphScopeInput,
    @Arg('depth', () => Int, { defaultValue: 1, description: 'Levels of sub-units for an organization (0–5).' }) depth: number,
    @Arg('roles', () => [TaskRole], { nullable: true, description: 'Task roles to include (all by default).' }) roles: TaskRole[] | null,
    @Ctx() ctx: ApiContext,
  ) {
    if (!Number.isInteger(depth) || depth < 0 || depth > 5) throw badInput('depth must be between 0 and 5');
    try {
      return await buildResponsibilityGraph(ctx.graph, scopeOf(scope), {
        depth,
        roles: roles ?? undefined,
        gazetteDir: loadConfig().gazetteDir,
        read: ctx.read(),
      });
    } catch (err) {
      throw err instanceof VizError ? new ApiError(err.message, err.code, err.hint) : err;
    }
  }

  @Query(() => [GraphScopeMatch], { description: 'Units (aliases too), people, documents and jurisdictions matching a name, best first.' })
  graphScopes(
    @Arg('text') text: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: ApiContext,
  ) {
    if (!Number.isInteger(first) || first < 1 || first > 50) throw badInput('first must be between 1 and 50');
    return findScopes(ctx.graph, text, KINDS, first, ctx.read());
  }
}

function scopeOf(input: GraphScopeInput): Scope {
  const given = KINDS.filter((k) => typeof input[k] === 'string' && input[k]!.trim() !== '');
  if (given.length !== 1) {
    throw badInput('give exactly one of organization, document, person, jurisdiction', 'e.g. responsibilityGraph(scope: {organization: "发改局"})');
  }
  return { kind: given[0]!, name: input[given[0]!]!.trim() };
}
