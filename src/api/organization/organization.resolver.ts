// Organization: lookup by any name, lists, and what it leads, issues and is led by.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import * as readers from '../../graph/readers/organization';
import type { OrgRecord } from '../../graph/readers/shapes';
import { PageArgs, plainEdge, toConnection, windowOf } from '../common/connection';
import { asksForProvenance, selectedPage } from '../common/lookahead';
import { portfolioRelation, TaskRole } from '../common/enums';
import { provenanceOf } from '../common/provenance';
import type { ApiContext } from '../context';
import { notFound } from '../errors';
import { Post } from '../post/post.type';
import { Programme } from '../programme/programme.type';
import { Portfolio } from '../person/portfolio.type';
import { IssuedDocumentConnection, OrganizationConnection, OrganizationTaskConnection } from './links';
import { OrganizationArgs, OrganizationsArgs, OrganizationTasksArgs } from './organization.args';
import { Organization } from './organization.type';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'One organization by full name, short name or alias (NOT_FOUND when none).' })
  async organization(@Args() { name, jurisdiction }: OrganizationArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<OrgRecord> {
    const tasks = requestedTasks(info);
    let best: OrgRecord | undefined;
    if (tasks) {
      // The unit and its page of tasks in one round trip; the tasks field then reads the primed loader.
      const found = await readers.findOrganizationWithTasks(ctx.graph, name, jurisdiction ?? null, tasks, ctx.read());
      if (found) ctx.loaders.prime(readers.organizationTasks, found.organization.name, tasks, found.tasks);
      best = found?.organization;
    } else {
      [best] = await readers.findOrganizations(ctx.graph, name, jurisdiction ?? null, ctx.read());
    }
    if (!best) throw notFound(`no organization is called '${name}'${jurisdiction ? ` in ${jurisdiction}` : ''}`, 'try the full name, or search(text:) for candidates');
    return best;
  }

  @Query(() => OrganizationConnection)
  async organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: ApiContext) {
    const window = windowOf(args);
    const filter = { jurisdiction: args.filter?.jurisdiction ?? null, nameContains: args.filter?.nameContains ?? null };
    return toConnection(await readers.listOrganizations(ctx.graph, { ...filter, ...window }, ctx.read()), window, plainEdge);
  }

  @FieldResolver(() => [String], { nullable: true, description: 'Every way the unit was written in the sources.' })
  async aliases(@Root() org: OrgRecord, @Ctx() ctx: ApiContext): Promise<string[] | null> {
    if (org.aliases !== undefined) return org.aliases;
    return (await ctx.loaders.load(readers.organizationsByName, org.name))?.aliases ?? null;
  }

  @FieldResolver(() => OrganizationTaskConnection, { description: 'Tasks this unit leads (牵头).' })
  ledTasks(@Root() org: OrgRecord, @Args() args: PageArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    return this.tasksWithRole(org, TaskRole.LEAD, args, ctx, info);
  }

  @FieldResolver(() => OrganizationTaskConnection, { description: 'Tasks naming this unit, with its role; all roles unless `role` is given.' })
  tasks(@Root() org: OrgRecord, @Args() args: OrganizationTasksArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    return this.tasksWithRole(org, args.role ?? null, args, ctx, info);
  }

  private async tasksWithRole(org: OrgRecord, role: TaskRole | null, args: PageArgs, ctx: ApiContext, info: GraphQLResolveInfo) {
    const window = windowOf(args);
    const page = await ctx.loaders.load(readers.organizationTasks, org.name, tasksArgs(role, window, asksForProvenance(info, info.fieldNodes)));
    return toConnection(page, window, (t, cursor) => ({
      node: t.task, cursor, role: t.role as TaskRole, mention: (t.rel.mention as string | undefined) ?? null, provenance: provenanceOf(t.rel),
    }));
  }

  @FieldResolver(() => IssuedDocumentConnection, { description: 'Documents this unit issued, newest first.' })
  async documentsIssued(@Root() org: OrgRecord, @Args() args: PageArgs, @Ctx() ctx: ApiContext) {
    const window = windowOf(args);
    const page = await ctx.loaders.load(readers.organizationDocuments, org.name, window);
    return toConnection(page, window, (d, cursor) => ({ node: d.document, cursor, provenance: provenanceOf(d.rel) }));
  }

  @FieldResolver(() => [Portfolio], { description: 'Leaders who preside over, supervise (分管) or liaise with (联系) this unit.' })
  async leaders(@Root() org: OrgRecord, @Ctx() ctx: ApiContext): Promise<Portfolio[]> {
    const links = await ctx.loaders.load(readers.organizationLeaders, org.name);
    return links.map((l) => ({
      person: l.person, relation: portfolioRelation(l.relation ?? ''), organization: org, area: null, backupOf: null,
      since: (l.rel.since as string | undefined) ?? null, provenance: provenanceOf(l.rel), documentKey: (l.rel.document as string | undefined) ?? null,
    }));
  }

  @FieldResolver(() => [Post], { description: 'Posts of this unit; each post lists its holders.' })
  posts(@Root() org: OrgRecord, @Ctx() ctx: ApiContext) {
    return ctx.loaders.load(readers.organizationPosts, org.name);
  }

  @FieldResolver(() => [Organization], { description: 'Units that are part of this one.' })
  subUnits(@Root() org: OrgRecord, @Ctx() ctx: ApiContext) {
    return ctx.loaders.load(readers.organizationSubUnits, org.name);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The unit this one is part of.' })
  parent(@Root() org: OrgRecord, @Ctx() ctx: ApiContext) {
    return ctx.loaders.load(readers.organizationParent, org.name);
  }

  @FieldResolver(() => [Programme], { description: 'Programmes this unit leads.' })
  programmes(@Root() org: OrgRecord, @Ctx() ctx: ApiContext) {
    return ctx.loaders.load(readers.organizationProgrammes, org.name);
  }
}

/**
 * The organizationTasks loader's arguments; one builder, so a primed page and a
 * later load agree. A page read without provenance is keyed apart from one with it.
 */
function tasksArgs(role: TaskRole | null, window: { skip: number; first: number }, provenance: boolean) {
  return { role, skip: window.skip, first: window.first, provenance };
}

/** The page of tasks a query asks for under organization(…): ledTasks, else tasks(role:); null for neither. */
function requestedTasks(info: GraphQLResolveInfo) {
  const led = selectedPage(info, 'ledTasks');
  if (led) return tasksArgs(TaskRole.LEAD, led, led.provenance);
  const any = selectedPage(info, 'tasks');
  return any ? tasksArgs((any.args.role as TaskRole | undefined) ?? null, any, any.provenance) : null;
}
