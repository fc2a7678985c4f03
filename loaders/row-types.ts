// The row shapes passed as $rows to the statements in cypher/load/. One
// array per statement; the field names are the Cypher's `row.…` names.

type Span = [number, number];

export interface JurisdictionRow { name: string }
export interface GazetteRow {
  key: string;
  name: string | null;
  year: number | null;
  issue: number | null;
  totalIssue: number | null;
  publishedOn: string | null;
  lines: Span;
}
export interface EditorRow { person: string; gazette: string; role: string; lines: Span }
export interface DocumentRow {
  key: string;
  docNumber: string | null;
  title: string;
  docType: string | null;
  issuedOn: string | null;
  jurisdiction: string | null;
  section: string | null;
  page: number | null;
  body: string;
  lines: Span;
}
export interface PublishesRow { gazette: string; document: string; page: number | null; lines: Span }
export interface CitedDocumentRow { key: string; docNumber: string | null }
export interface OrganizationRow { name: string; jurisdiction: string | null }
export interface AliasRow {
  key: string;
  mention: string;
  jurisdiction: string | null;
  org: string;
  group: boolean;
  lines: Span;
}
export interface PartOfRow { child: string; parent: string; lines: Span }
export interface IssuedRow { org: string; document: string; mention: string; lines: Span }
export interface TaskRow {
  key: string;
  document: string;
  ordinal: number;
  number: string | null;
  text: string;
  deadline: string | null;
  lines: Span;
}
export interface TaskOrgRow {
  task: string;
  org: string;
  type: 'LED_BY' | 'ASSIGNED_TO';
  role: string | null;
  mention: string;
  lines: Span;
}
export interface PersonRow { key: string; name: string; jurisdiction: string | null }
export interface OverseerRow { task: string; person: string; lines: Span }
export interface SignedRow { person: string; document: string; title: string; lines: Span }
export interface PostRow { key: string; title: string; organization: string | null }
export type AppointmentType = 'APPOINTED_TO' | 'REMOVED_FROM' | 'NOMINATED_FOR';
export interface AppointmentRow {
  person: string;
  post: string;
  type: AppointmentType;
  on: string | null;
  document: string;
  lines: Span;
}
export interface AreaRow { key: string; name: string }
export type PortfolioType = 'PRESIDES_OVER' | 'SUPERVISES' | 'LIAISES_WITH' | 'RESPONSIBLE_FOR' | 'BACKUP_OF';
interface PortfolioBase { person: string; type: PortfolioType; since: string | null; document: string; lines: Span }
export interface PortfolioOrgRow extends PortfolioBase { org: string; mention: string }
export interface PortfolioAreaRow extends PortfolioBase { area: string }
export interface BackupRow extends PortfolioBase { other: string }
export type SupersessionType = 'REPEALS' | 'REPLACES' | 'AMENDS';
export interface SupersessionRow {
  from: string;
  to: string;
  type: SupersessionType;
  on: string | null;
  title: string | null;
  lines: Span;
}
export interface CitationRow { from: string; to: string; title: string | null; lines: Span }
export interface ProgrammeRow {
  key: string;
  document: string;
  name: string;
  kind: string;
  year: number | null;
  lines: Span;
}
export interface ProgrammeLeadRow { programme: string; org: string; mention: string; lines: Span }

export interface LoadRows {
  jurisdictions: JurisdictionRow[];
  gazettes: GazetteRow[];
  documents: DocumentRow[];
  publishes: PublishesRow[];
  citedDocuments: CitedDocumentRow[];
  organizations: OrganizationRow[];
  aliases: AliasRow[];
  partOf: PartOfRow[];
  issued: IssuedRow[];
  tasks: TaskRow[];
  taskOrgs: TaskOrgRow[];
  persons: PersonRow[];
  overseers: OverseerRow[];
  editors: EditorRow[];
  signed: SignedRow[];
  posts: PostRow[];
  appointments: AppointmentRow[];
  areas: AreaRow[];
  portfolioOrgs: PortfolioOrgRow[];
  portfolioAreas: PortfolioAreaRow[];
  backups: BackupRow[];
  supersessions: SupersessionRow[];
  citations: CitationRow[];
  programmes: ProgrammeRow[];
  programmeLeads: ProgrammeLeadRow[];
}
