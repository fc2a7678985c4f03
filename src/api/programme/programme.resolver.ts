// Programme: the filtered list, its document and lead units.
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import * as readers from '../../graph/readers/programme';
import type { ProgrammeRecord } from '../../graph/readers/shapes';
import { plainEdge, toConnection, windowOf } from '../common/connection';
import { toTaskUnit } from '../common/mappers';
import { Provenance, provenanceOf } from '../common/provenance';
import type { ApiContext } from '../context';
import { Document } from '../document/document.type';
import { organizationNames } from '../organization/names';
import { TaskUnit } from '../task/links';
import { ProgrammesArgs } from './programme.args';
import { Programme, ProgrammeConnection } from './programme.type';

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => ProgrammeConnection, { description: 'Programmes matching a filter.' })
  async programmes(@Args() args: ProgrammesArgs, @Ctx() ctx: ApiContext) {
    const window = windowOf(args);
    const f = args.filter ?? {};
    const leads = await organizationNames(ctx, f.leadOrganization, f.jurisdiction);
    if (leads?.length === 0) return toConnection({ total: 0, items: [] }, window, plainEdge);
    const filter = { kind: f.kind ?? null, year: f.year ?? null, keyword: f.keyword ?? null, jurisdiction: f.jurisdiction ?? null, leads };
    return toConnection(await readers.listProgrammes(ctx.graph, { ...filter, ...window }, ctx.read()), window, plainEdge);
  }

  @FieldResolver(() => Provenance)
  provenance(@Root() p: ProgrammeRecord): Provenance {
    return provenanceOf(p);
  }

  @FieldResolver(() => Document, { nullable: true })
  document(@Root() p: ProgrammeRecord, @Ctx() ctx: ApiContext) {
    return ctx.loaders.load(readers.programmeDocuments, p.key);
  }

  @FieldResolver(() => [TaskUnit])
  async leads(@Root() p: ProgrammeRecord, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.load(readers.programmeLeads, p.key)).map(toTaskUnit);
  }
}
