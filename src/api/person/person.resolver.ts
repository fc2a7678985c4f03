// Person: lookup, lists, posts over time, portfolios, tasks overseen, documents signed and named in.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import * as readers from '../../graph/readers/person';
import type { PersonRecord } from '../../graph/readers/shapes';
import { PageArgs, plainEdge, toConnection, windowOf } from '../common/connection';
import { selectedChildArgs } from '../common/lookahead';
import { toAppointment, toPortfolio, toSignature } from '../common/mappers';
import type { ApiContext } from '../context';
import { notFound } from '../errors';
import { Document } from '../document/document.type';
import { Signature } from '../document/signature.type';
import { organizationNames } from '../organization/names';
import { Appointment } from '../post/appointment.type';
import { TaskConnection } from '../task/task.type';
import { PeopleArgs, PersonArgs } from './person.args';
import { Person, PersonConnection } from './person.type';
import { Portfolio } from './portfolio.type';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by name (NOT_FOUND when unknown).' })
  async person(@Args() { name, jurisdiction }: PersonArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<PersonRecord> {
    let best: PersonRecord | undefined;
    if (selectedChildArgs(info, 'posts')) {
      // The person and their posts in one round trip; the posts field then reads the primed loader.
      const found = await readers.findPersonWithPosts(ctx.graph, name, jurisdiction ?? null, ctx.read());
      if (found) ctx.loaders.prime(readers.personPosts, found.person.key, undefined, found.posts);
      best = found?.person;
    } else {
      [best] = await readers.findPeople(ctx.graph, name, jurisdiction ?? null, ctx.read());
    }
    if (!best) throw notFound(`no person named '${name}'${jurisdiction ? ` in ${jurisdiction}` : ''}`, 'check the name, or use people(filter: {nameContains})');
    return best;
  }

  @Query(() => PersonConnection)
  async people(@Args() args: PeopleArgs, @Ctx() ctx: ApiContext) {
    const window = windowOf(args);
    const f = args.filter ?? {};
    const organizations = await organizationNames(ctx, f.organization, f.jurisdiction);
    if (organizations?.length === 0) return toConnection({ total: 0, items: [] }, window, plainEdge);
    const filter = { jurisdiction: f.jurisdiction ?? null, nameContains: f.nameContains ?? null, organizations };
    return toConnection(await readers.listPeople(ctx.graph, { ...filter, ...window }, ctx.read()), window, plainEdge);
  }

  @FieldResolver(() => [Appointment], { description: 'Appointments, removals and nominations over time, oldest first.' })
  async posts(@Root() person: PersonRecord, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.load(readers.personPosts, person.key)).map(toAppointment);
  }

  @FieldResolver(() => [Portfolio], { description: 'Units presided over, supervised, liaised with; areas; colleagues backed up.' })
  async portfolios(@Root() person: PersonRecord, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.load(readers.personPortfolios, person.key)).map(toPortfolio);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks this person is the responsible leader of.' })
  async tasksOverseen(@Root() person: PersonRecord, @Args() args: PageArgs, @Ctx() ctx: ApiContext) {
    const window = windowOf(args);
    return toConnection(await ctx.loaders.load(readers.personTasks, person.key, window), window, plainEdge);
  }

  @FieldResolver(() => [Signature], { description: 'Documents this person signed, oldest first.' })
  async signed(@Root() person: PersonRecord, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.load(readers.personSigned, person.key)).map(toSignature);
  }

  @FieldResolver(() => [Document], { description: 'Documents that name this person: appointments, portfolios, signatures, tasks overseen.' })
  documents(@Root() person: PersonRecord, @Ctx() ctx: ApiContext) {
    return ctx.loaders.load(readers.personDocuments, person.key);
  }
}
