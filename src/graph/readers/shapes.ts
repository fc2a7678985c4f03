// What readers return: plain records of the graph model (cypher/README.md).
export type Lines = number[];

/** Properties of a fact relationship: provenance plus whatever it carries. */
export interface RelProps {
  source?: string | null;
  sha256?: string | null;
  lines?: Lines | null;
  [prop: string]: unknown;
}

export interface OrgRecord {
  name: string; jurisdiction: string | null; group: boolean | null;
  /** Left out by statements that list linked units (a task's units, a document's issuers); read on demand. */
  aliases?: string[] | null;
}
export interface DocRecord {
  key: string; docNumber: string | null; title: string | null; docType: string | null; issuedOn: string | null;
  jurisdiction: string | null; stub: boolean | null; status: string | null; statusBy: string | null; statusOn: string | null;
  lines: Lines | null; source: string | null; sha256: string | null;
}
export interface TaskRecord {
  key: string; number: string | null; text: string; deadline: string | null; source: string | null; sha256: string | null; lines: Lines | null;
  /** Lead units, when the statement that read the task brought them along (pages of tasks do). */
  leads?: TaskOrg[];
}
export interface PersonRecord { key: string; name: string; jurisdiction: string | null }
export interface PostRecord { key: string; title: string; organization: string | null }
export interface ProgrammeRecord { key: string; name: string; kind: string | null; year: number | null; source: string | null; sha256: string | null; lines: Lines | null }
export interface GazetteRecord { key: string; name: string | null; year: number | null; issue: number | null; totalIssue: number | null; publishedOn: string | null }

/** One page of a longer list plus the length of the whole list. */
export interface Page<T> { total: number; items: T[] }
export interface PageArgs { skip: number; first: number }
/**
 * A page of tasks, with or without provenance: without, the tasks' source,
 * sha256 and lines are null and their links' `rel` is empty (the statements'
 * `$provenance`), which spares reading and sending what was not asked for.
 */
export interface TaskPageArgs extends PageArgs { provenance: boolean }

export interface OrgTask { task: TaskRecord; role: string; rel: RelProps }
export interface TaskOrg { organization: OrgRecord; role: string; rel: RelProps }
export interface IssuedDoc { document: DocRecord; rel: RelProps }
export interface Issuer { organization: OrgRecord; rel: RelProps }
export interface PersonLink { person: PersonRecord; relation?: string; rel: RelProps }
export interface AppointmentRecord { person: PersonRecord; post: PostRecord; relation: string; rel: RelProps }
export interface SignatureRecord { person: PersonRecord; document: DocRecord; rel: RelProps }
export interface PortfolioRecord {
  person: PersonRecord; relation: string; rel: RelProps;
  organization: OrgRecord | null; area: string | null; other: PersonRecord | null;
}
export interface SupersessionRecord { relation: string; from: DocRecord; to: DocRecord; rel: RelProps }
export interface PrintedIn { gazette: GazetteRecord; page: number | null }
export interface SearchHitRecord { kind: string; score: number; document: DocRecord | null; task: TaskRecord | null; programme: ProgrammeRecord | null }
export interface CountRecord { kind: string; count: number }
export interface JurisdictionRecord { name: string; organizations: number; people: number }
