// Extraction → row arrays, one per statement in cypher/load/. Pure: no
// database, no clock. Every row is plain JSON (numbers become integers in
// Cypher with toInteger), deduplicated by the identity of what it writes.
import type { Extraction, ExtractedDocument, Lines, OrgRef, PersonRef } from '../src/extract/types';
import * as keys from './keys';
import type * as R from './row-types';

export type { LoadRows } from './row-types';

/** Builds every row array for one source. `sourceId` is the Source node's id. */
export function buildRows(extraction: Extraction, sourceId: string): R.LoadRows {
  const b = new RowsBuilder(sourceId, extraction.jurisdiction ?? null);
  b.gazette(extraction);
  for (const doc of extraction.documents ?? []) b.document(doc);
  return b.finish();
}

/** Always `[first, last]`, so every `lines` property has the same shape. */
export function span(lines: Lines | undefined): [number, number] {
  if (!lines || (lines as number[]).length === 0) return [0, 0];
  return [lines[0], lines[lines.length - 1] ?? lines[0]];
}

/** An array that keeps the first row per identity. */
class Keyed<T> {
  private readonly seen = new Map<string, T>();
  add(id: string, row: T): void {
    if (!this.seen.has(id)) this.seen.set(id, row);
  }
  rows(): T[] {
    return [...this.seen.values()];
  }
}

const SUPERSESSION: Record<string, R.SupersessionType> = { repeals: 'REPEALS', replaces: 'REPLACES', amends: 'AMENDS' };
const APPOINTMENT: Record<string, R.AppointmentType> = {
  appoint: 'APPOINTED_TO',
  remove: 'REMOVED_FROM',
  nominate: 'NOMINATED_FOR',
};
const PORTFOLIO: Record<string, R.PortfolioType> = {
  presides: 'PRESIDES_OVER',
  supervises: 'SUPERVISES',
  liaises: 'LIAISES_WITH',
  responsible_for: 'RESPONSIBLE_FOR',
  backup: 'BACKUP_OF',
};

class RowsBuilder {
  private readonly jurisdictions = new Set<string>();
  private readonly gazettes: R.GazetteRow[] = [];
  private readonly editors = new Keyed<R.EditorRow>();
  private readonly printed = new Keyed<R.DocumentRow>();
  private readonly publishes = new Keyed<R.PublishesRow>();
  private readonly cited = new Keyed<R.CitedDocumentRow>();
  private readonly organizations = new Keyed<R.OrganizationRow>();
  private readonly aliases = new Keyed<R.AliasRow>();
  private readonly partOf = new Keyed<R.PartOfRow>();
  private readonly issued = new Keyed<R.IssuedRow>();
  private readonly tasks = new Keyed<R.TaskRow>();
  private readonly taskOrgs = new Keyed<R.TaskOrgRow>();
  private readonly overseers = new Keyed<R.OverseerRow>();
  private readonly persons = new Keyed<R.PersonRow>();
  private readonly signed = new Keyed<R.SignedRow>();
  private readonly posts = new Keyed<R.PostRow>();
  private readonly appointments = new Keyed<R.AppointmentRow>();
  private readonly areas = new Keyed<R.AreaRow>();
  private readonly portfolioOrgs = new Keyed<R.PortfolioOrgRow>();
  private readonly portfolioAreas = new Keyed<R.PortfolioAreaRow>();
  private readonly backups = new Keyed<R.BackupRow>();
  private readonly supersessions = new Keyed<R.SupersessionRow>();
  private readonly citations = new Keyed<R.CitationRow>();
  private readonly programmes = new Keyed<R.ProgrammeRow>();
  private readonly programmeLeads = new Keyed<R.ProgrammeLeadRow>();
  private readonly taskOrdinals = new Map<string, number>();
  private gazetteKey: string | null = null;

  constructor(
    private readonly source: string,
    private readonly jurisdiction: string | null,
  ) {}

  gazette(extraction: Extraction): void {
    const g = extraction.gazette;
    if (!g) return;
    const key = keys.gazetteKey(g.name, g.year, g.issue);
    this.gazetteKey = key;
    this.gazettes.push({
      key,
      name: g.name,
      year: g.year,
      issue: g.issue,
      totalIssue: g.totalIssue,
      publishedOn: g.publishedOn,
      lines: span(g.lines),
    });
    for (const e of g.editors ?? []) {
      const person = this.person({ name: e.name });
      this.editors.add(`${person}|${e.role}`, { person, gazette: key, role: e.role, lines: span(e.lines) });
    }
  }

  document(doc: ExtractedDocument): void {
    const key = keys.documentKey(doc.docNumber, doc.title);
    if (!key) return;
    this.printed.add(key, {
      key,
      docNumber: doc.docNumber,
      title: doc.title,
      docType: doc.docType,
      issuedOn: doc.issuedOn,
      jurisdiction: this.jurisdiction,
      section: doc.section ?? null,
      page: doc.page ?? null,
      body: doc.body ?? '',
      lines: span(doc.lines),
    });
    if (this.gazetteKey) {
      this.publishes.add(key, { gazette: this.gazetteKey, document: key, page: doc.page ?? null, lines: span(doc.lines) });
    }
    for (const org of doc.issuers ?? []) {
      const name = this.org(org, doc.lines);
      this.issued.add(`${name}|${key}`, { org: name, document: key, mention: org.mention, lines: span(doc.lines) });
    }
    for (const s of doc.signatories ?? []) {
      const person = this.person(s.person);
      this.signed.add(`${person}|${key}`, { person, document: key, title: s.title, lines: span(s.lines) });
    }
    this.documentFacts(doc, key);
  }

  private documentFacts(doc: ExtractedDocument, key: string): void {
    for (const t of doc.tasks ?? []) this.task(t, key);
    for (const a of doc.appointments ?? []) this.appointment(a, doc, key);
    for (const p of doc.portfolios ?? []) this.portfolio(p, doc, key);
    for (const s of doc.supersedes ?? []) this.supersession(s, doc, key);
    for (const c of doc.citations ?? []) this.citation(c, key);
    for (const p of doc.programmes ?? []) this.programme(p, key);
  }

  private task(t: ExtractedDocument['tasks'][number], document: string): void {
    const ordinal = (this.taskOrdinals.get(document) ?? 0) + 1;
    this.taskOrdinals.set(document, ordinal);
    const key = keys.taskKey(this.source, document, ordinal);
    const lines = span(t.lines);
    this.tasks.add(key, { key, document, ordinal, number: t.number, text: t.text, deadline: t.deadline, lines });
    const roles: [OrgRef[], R.TaskOrgRow['type'], string | null][] = [
      [t.leads ?? [], 'LED_BY', null],
      [t.responsible ?? [], 'ASSIGNED_TO', 'responsible'],
      [t.cooperating ?? [], 'ASSIGNED_TO', 'cooperating'],
    ];
    for (const [refs, type, role] of roles) {
      for (const ref of refs) {
        const org = this.org(ref, t.lines);
        this.taskOrgs.add(`${key}|${type}|${role}|${org}`, { task: key, org, type, role, mention: ref.mention, lines });
      }
    }
    for (const leader of t.leaders ?? []) {
      const person = this.person(leader);
      this.overseers.add(`${key}|${person}`, { task: key, person, lines });
    }
  }

  private appointment(a: ExtractedDocument['appointments'][number], doc: ExtractedDocument, document: string): void {
    const person = this.person(a.person);
    const organization = a.organization ? this.org(a.organization, a.lines) : null;
    const post = keys.postKey(organization, this.jurisdiction, a.post);
    this.posts.add(post, { key: post, title: a.post, organization });
    const type = APPOINTMENT[a.action]!;
    this.appointments.add(`${person}|${type}|${post}|${document}`, {
      person,
      post,
      type,
      on: doc.issuedOn,
      document,
      lines: span(a.lines),
    });
  }

  private portfolio(p: ExtractedDocument['portfolios'][number], doc: ExtractedDocument, document: string): void {
    const person = this.person(p.person);
    const type = PORTFOLIO[p.relation]!;
    const base = { person, type, since: doc.issuedOn, document, lines: span(p.lines) };
    const target = p.target;
    if ('person' in target) {
      const other = this.person({ name: target.person });
      this.backups.add(`${person}|${other}|${document}`, { ...base, other });
    } else if ('area' in target) {
      const area = keys.areaKey(this.jurisdiction, target.area);
      this.areas.add(area, { key: area, name: target.area });
      this.portfolioAreas.add(`${person}|${type}|${area}|${document}`, { ...base, area });
    } else {
      const org = this.org(target, p.lines);
      this.portfolioOrgs.add(`${person}|${type}|${org}|${document}`, { ...base, org, mention: target.mention });
    }
  }

  private supersession(s: ExtractedDocument['supersedes'][number], doc: ExtractedDocument, from: string): void {
    const to = this.cite(s.docNumber, s.title);
    if (!to || to === from) return;
    const type = SUPERSESSION[s.relation]!;
    this.supersessions.add(`${from}|${type}|${to}`, {
      from,
      to,
      type,
      on: doc.issuedOn,
      title: s.title,
      lines: span(s.lines),
    });
  }

  private citation(c: ExtractedDocument['citations'][number], from: string): void {
    const to = this.cite(c.docNumber, c.title);
    if (!to || to === from) return;
    this.citations.add(`${from}|${to}`, { from, to, title: c.title, lines: span(c.lines) });
  }

  private programme(p: ExtractedDocument['programmes'][number], document: string): void {
    const key = keys.programmeKey(this.source, document, p.name);
    const lines = span(p.lines);
    this.programmes.add(key, { key, document, name: p.name, kind: p.kind, year: p.year, lines });
    for (const ref of p.leads ?? []) {
      const org = this.org(ref, p.lines);
      this.programmeLeads.add(`${key}|${org}`, { programme: key, org, mention: ref.mention, lines });
    }
  }

  /** A document referred to (cited or superseded): a stub unless printed somewhere. */
  private cite(docNumber: string | null, title: string | null): string | null {
    const key = keys.documentKey(docNumber, title);
    if (key) this.cited.add(key, { key, docNumber: docNumber?.replace(/\s+/g, '') || null });
    return key;
  }

  private org(ref: OrgRef, lines: Lines | undefined): string {
    const name = ref.name.replace(/\s+/g, '');
    const jurisdiction = keys.jurisdictionOfName(name);
    if (jurisdiction) this.jurisdictions.add(jurisdiction);
    this.organizations.add(name, { name, jurisdiction });
    const mention = (ref.mention || name).replace(/\s+/g, '');
    const alias = keys.aliasKey(this.jurisdiction, mention);
    this.aliases.add(`${alias}|${name}`, {
      key: alias,
      mention,
      jurisdiction: this.jurisdiction,
      org: name,
      group: ref.group === true,
      lines: span(lines),
    });
    if (ref.parent && ref.parent !== name) {
      const parent = this.org({ name: ref.parent, mention: ref.parent }, lines);
      this.partOf.add(`${name}|${parent}`, { child: name, parent, lines: span(lines) });
    }
    return name;
  }

  private person(ref: PersonRef): string {
    const name = ref.name.replace(/\s+/g, '');
    const key = keys.personKey(this.jurisdiction, name);
    if (this.jurisdiction) this.jurisdictions.add(this.jurisdiction);
    this.persons.add(key, { key, name, jurisdiction: this.jurisdiction });
    return key;
  }

  finish(): R.LoadRows {
    const printed = this.printed.rows();
    const printedKeys = new Set(printed.map((d) => d.key));
    return {
      jurisdictions: [...this.jurisdictions].sort().map((name) => ({ name })),
      gazettes: this.gazettes,
      documents: printed,
      publishes: this.publishes.rows(),
      citedDocuments: this.cited.rows().filter((d) => !printedKeys.has(d.key)),
      organizations: this.organizations.rows(),
      aliases: this.aliases.rows(),
      partOf: this.partOf.rows(),
      issued: this.issued.rows(),
      tasks: this.tasks.rows(),
      taskOrgs: this.taskOrgs.rows(),
      persons: this.persons.rows(),
      overseers: this.overseers.rows(),
      editors: this.editors.rows(),
      signed: this.signed.rows(),
      posts: this.posts.rows(),
      appointments: this.appointments.rows(),
      areas: this.areas.rows(),
      portfolioOrgs: this.portfolioOrgs.rows(),
      portfolioAreas: this.portfolioAreas.rows(),
      backups: this.backups.rows(),
      supersessions: this.supersessions.rows(),
      citations: this.citations.rows(),
      programmes: this.programmes.rows(),
      programmeLeads: this.programmeLeads.rows(),
    };
  }
}
