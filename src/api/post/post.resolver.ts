// Post: lookup by unit and title, its organization, holders on a day and history.
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import * as readers from '../../graph/readers/post';
import type { PostRecord } from '../../graph/readers/shapes';
import { toAppointment } from '../common/mappers';
import type { ApiContext } from '../context';
import { notFound } from '../errors';
import { organizationNames } from '../organization/names';
import { Organization } from '../organization/organization.type';
import { Appointment } from './appointment.type';
import { holdersOn } from './holders';
import { HoldersArgs, PostArgs } from './post.args';
import { Post } from './post.type';

@Resolver(() => Post)
export class PostResolver {
  @Query(() => Post, { nullable: true, description: 'A post by unit (any name or alias) and title (NOT_FOUND when unknown).' })
  async post(@Args() { organization, title, jurisdiction }: PostArgs, @Ctx() ctx: ApiContext): Promise<PostRecord> {
    const names = (await organizationNames(ctx, organization, jurisdiction)) ?? [];
    const post = names.length ? await readers.findPost(ctx.graph, names, title, ctx.read()) : null;
    if (!post) throw notFound(`no post '${title}' in '${organization}'`, 'check the unit name and the exact title (副局长, 所长 …)');
    return post;
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() post: PostRecord, @Ctx() ctx: ApiContext) {
    return ctx.loaders.load(readers.postOrganizations, post.key);
  }

  @FieldResolver(() => [Appointment], { description: 'Who held the post on a day (by the appointments and removals loaded).' })
  async holders(@Root() post: PostRecord, @Args() { on }: HoldersArgs, @Ctx() ctx: ApiContext) {
    return holdersOn(await ctx.loaders.load(readers.postHolders, post.key), on).map(toAppointment);
  }

  @FieldResolver(() => [Appointment], { description: 'Every appointment, removal and nomination, oldest first.' })
  async history(@Root() post: PostRecord, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.load(readers.postHolders, post.key)).map(toAppointment);
  }
}
