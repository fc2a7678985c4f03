// Document: lookup by number, the filtered list, and its issuers, tasks,
// appointments, signatories, supersessions, gazette and page.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import * as readers from '../../graph/readers/document';
import type { DocRecord } from '../../graph/readers/shapes';
import { PageArgs, plainEdge, toConnection, windowOf } from '../common/connection';
import { asksForProvenance, selectedPage } from '../common/lookahead';
import { toAppointment, toSignature, toSupersession } from '../common/mappers';
import { Provenance, provenanceOf } from '../common/provenance';
import type { ApiContext } from '../context';
import { badInput, notFound } from '../errors';
import { Gazette } from '../gazette/gazette.type';
import { organizationNames } from '../organization/names';
import { Appointment } from '../post/appointment.type';
import { Programme } from '../programme/programme.type';
import { Supersession } from '../supersession/supersession.type';
import { TaskConnection } from '../task/task.type';
import { DocumentArgs, DocumentsArgs } from './document.args';
import { Document, DocumentConnection } from './document.type';
import { Issuer } from './links';
import { Signature } from './signature.type';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: 'One document by number or key (NOT_FOUND when unknown).' })
  async document(@Args() { docNumber, id }: DocumentArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<DocRecord> {
    const key = docNumber ?? id;
    if (!key) throw badInput('give docNumber or id', 'document(docNumber: "银政办发〔2022〕35号")');
    const tasks = selectedPage(info, 'tasks');
    let doc: DocRecord | null;
    if (tasks) {
      // The document and its page of tasks in one round trip; the tasks field then reads the primed loader.
      const page = tasksArgs(tasks, tasks.provenance);
      const found = await readers.findDocumentWithTasks(ctx.graph, key, page, ctx.read());
      if (found) ctx.loaders.prime(readers.documentTasks, found.document.key, page, found.tasks);
      doc = found?.document ?? null;
    } else {
      doc = await readers.findDocument(ctx.graph, key, ctx.read());
    }
    if (!doc) throw notFound(`no document ${key}`, 'check the number (full-width brackets 〔〕), or use documents(filter: {keyword})');
    return doc;
  }

  @Query(() => DocumentConnection, { description: 'Documents matching a filter, newest first.' })
  async documents(@Args() args: DocumentsArgs, @Ctx() ctx: ApiContext) {
    const window = windowOf(args);
    const f = args.filter ?? {};
    const issuers = await organizationNames(ctx, f.issuer, f.jurisdiction);
    if (issuers?.length === 0) return toConnection({ total: 0, items: [] }, window, plainEdge);
    const filter = {
      issuers, jurisdiction: f.jurisdiction ?? null, year: f.year ?? null, docType: f.docType ?? null,
      status: f.status ?? null, inForceOn: f.inForceOn ?? null, keyword: f.keyword ?? null,
    };
    return toConnection(await readers.listDocuments(ctx.graph, { ...filter, ...window }, ctx.read()), window, plainEdge);
  }

  @FieldResolver(() => Provenance, { description: 'Where the document is printed.' })
  provenance(@Root() doc: DocRecord): Provenance {
    return provenanceOf(doc);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The text as printed.' })
  body(@Root() doc: DocRecord, @Ctx() ctx: ApiContext) {
    return ctx.loaders.load(readers.documentBodies, doc.key);
  }

  @FieldResolver(() => [Issuer])
  async issuers(@Root() doc: DocRecord, @Ctx() ctx: ApiContext): Promise<Issuer[]> {
    const links = await ctx.loaders.load(readers.documentIssuers, doc.key);
    return links.map((l) => ({ organization: l.organization, provenance: provenanceOf(l.rel) }));
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks the document assigns, in text order.' })
  async tasks(@Root() doc: DocRecord, @Args() args: PageArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    const window = windowOf(args);
    const page = await ctx.loaders.load(readers.documentTasks, doc.key, tasksArgs(window, asksForProvenance(info, info.fieldNodes)));
    return toConnection(page, window, plainEdge);
  }

  @FieldResolver(() => [Appointment], { description: 'Appointments, removals and nominations the document made.' })
  async appointments(@Root() doc: DocRecord, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.load(readers.documentAppointments, doc.key)).map(toAppointment);
  }

  @FieldResolver(() => [Signature], { description: 'People who signed the document (政府令 and the like), with the title signed under.' })
  async signatories(@Root() doc: DocRecord, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.load(readers.documentSignatories, doc.key)).map(toSignature);
  }

  @FieldResolver(() => [Supersession], { description: 'Older documents this one repeals, replaces or amends.' })
  async supersedes(@Root() doc: DocRecord, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.load(readers.documentSupersedes, doc.key)).map(toSupersession);
  }

  @FieldResolver(() => [Supersession], { description: 'Newer documents that repeal, replace or amend this one.' })
  async supersededBy(@Root() doc: DocRecord, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.load(readers.documentSupersededBy, doc.key)).map(toSupersession);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document that set the status (repealed/replaced/amended by).' })
  statusBy(@Root() doc: DocRecord, @Ctx() ctx: ApiContext) {
    return doc.statusBy ? ctx.loaders.load(readers.documentsByKey, doc.statusBy) : null;
  }

  @FieldResolver(() => Gazette, { nullable: true, description: 'The gazette issue that printed it.' })
  async gazette(@Root() doc: DocRecord, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.load(readers.documentGazettes, doc.key))?.gazette ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Page in the gazette, from its table of contents.' })
  async page(@Root() doc: DocRecord, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.load(readers.documentGazettes, doc.key))?.page ?? null;
  }

  @FieldResolver(() => [Programme], { description: 'Programmes the document announces.' })
  programmes(@Root() doc: DocRecord, @Ctx() ctx: ApiContext) {
    return ctx.loaders.load(readers.documentProgrammes, doc.key);
  }
}

/**
 * The documentTasks loader's arguments; one builder, so a primed page and a
 * later load agree. A page read without provenance is keyed apart from one with it.
 */
function tasksArgs(window: { skip: number; first: number }, provenance: boolean) {
  return { skip: window.skip, first: window.first, provenance };
}
