// Task: the filtered list, and each task's provenance, document, units and leaders.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { TaskRecord } from '../../graph/readers/shapes';
import * as readers from '../../graph/readers/task';
import { plainEdge, toConnection, windowOf } from '../common/connection';
import { asksForProvenance, selectedChildArgs } from '../common/lookahead';
import { TaskRole } from '../common/enums';
import { toTaskUnit } from '../common/mappers';
import { Provenance, provenanceOf } from '../common/provenance';
import type { ApiContext } from '../context';
import { Document } from '../document/document.type';
import { organizationNames } from '../organization/names';
import { TaskLeader, TaskUnit } from './links';
import { TaskOrganizationsArgs, TasksArgs } from './task.args';
import { Task, TaskConnection } from './task.type';

const EMPTY = { total: 0, items: [] };

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => TaskConnection, { description: 'Tasks matching a filter, in document order.' })
  async tasks(@Args() args: TasksArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    const window = windowOf(args);
    const f = args.filter ?? {};
    const leads = await organizationNames(ctx, f.leadOrganization, f.jurisdiction);
    const organizations = await organizationNames(ctx, f.organization, f.jurisdiction);
    if (leads?.length === 0 || organizations?.length === 0) return toConnection(EMPTY, window, plainEdge);
    const filter = {
      leads, organizations, role: f.role ?? null, document: f.document?.replace(/\s+/g, '') ?? null,
      keyword: f.keyword ?? null, year: f.year ?? null, jurisdiction: f.jurisdiction ?? null,
    };
    // Counting every match costs a full scan; do it only when totalCount is asked for.
    const withTotal = selectedChildArgs(info, 'totalCount') !== null;
    const provenance = asksForProvenance(info, info.fieldNodes);
    return toConnection(await readers.listTasks(ctx.graph, { ...filter, ...window, withTotal, provenance }, ctx.read()), window, plainEdge);
  }

  @FieldResolver(() => Provenance)
  provenance(@Root() task: TaskRecord): Provenance {
    return provenanceOf(task);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document that assigns the task.' })
  document(@Root() task: TaskRecord, @Ctx() ctx: ApiContext) {
    return ctx.loaders.load(readers.taskDocuments, task.key);
  }

  @FieldResolver(() => [TaskUnit], { description: 'Lead units (牵头单位) of the task.' })
  async leads(@Root() task: TaskRecord, @Ctx() ctx: ApiContext): Promise<TaskUnit[]> {
    return (task.leads ?? (await ctx.loaders.load(readers.taskLeads, task.key))).map(toTaskUnit);
  }

  @FieldResolver(() => [TaskUnit], { description: 'Every unit the task names, with its role (or only `role`).' })
  async organizations(@Root() task: TaskRecord, @Args() { role }: TaskOrganizationsArgs, @Ctx() ctx: ApiContext): Promise<TaskUnit[]> {
    const all = await ctx.loaders.load(readers.taskOrganizations, task.key);
    return all.filter((u) => !role || u.role === role).map(toTaskUnit);
  }

  @FieldResolver(() => [TaskLeader], { description: 'Leaders responsible for the task (责任领导).' })
  async leaders(@Root() task: TaskRecord, @Ctx() ctx: ApiContext): Promise<TaskLeader[]> {
    const links = await ctx.loaders.load(readers.taskLeaders, task.key);
    return links.map((l) => ({ person: l.person, provenance: provenanceOf(l.rel) }));
  }
}
