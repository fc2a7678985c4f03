// Supersessions: the filtered list and a document's whole lineage.
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import * as readers from '../../graph/readers/supersession';
import { toConnection, windowOf } from '../common/connection';
import { toSupersession } from '../common/mappers';
import type { ApiContext } from '../context';
import { notFound } from '../errors';
import { ChainArgs, SupersessionsArgs } from './supersession.args';
import { Supersession, SupersessionConnection } from './supersession.type';

@Resolver(() => Supersession)
export class SupersessionResolver {
  @Query(() => SupersessionConnection, { description: 'Repeals, replacements and amendments, newest first.' })
  async supersessions(@Args() args: SupersessionsArgs, @Ctx() ctx: ApiContext) {
    const window = windowOf(args);
    const f = args.filter ?? {};
    const filter = { relation: f.relation ?? null, document: f.document?.replace(/\s+/g, '') ?? null, jurisdiction: f.jurisdiction ?? null };
    const page = await readers.listSupersessions(ctx.graph, { ...filter, ...window }, ctx.read());
    return toConnection(page, window, (s, cursor) => ({ node: toSupersession(s), cursor }));
  }

  @Query(() => [Supersession], { description: 'The whole lineage of a document, both directions, oldest change first.' })
  async supersessionChain(@Args() { docNumber }: ChainArgs, @Ctx() ctx: ApiContext) {
    const chain = await readers.supersessionChain(ctx.graph, docNumber, ctx.read());
    if (!chain) throw notFound(`no document ${docNumber}`, 'check the number (full-width brackets 〔〕)');
    return chain.map(toSupersession);
  }
}
