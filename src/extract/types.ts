// The extraction JSON, version 1 (../shared/eval/FORMAT.md), and the
// records the pipeline stages pass between them. One home for these shapes.

/** 1-based line numbers in the original input file: [first, last] or [line]. */
export type Lines = [number] | [number, number];

export interface OrgRef {
  /** Canonical full name, jurisdiction spelled out. */
  name: string;
  /** The text as written in the source, spaces removed. */
  mention: string;
  /** A group reference (各县（市）区人民政府, 各园区), not one unit. */
  group?: true;
  /** Canonical name of the parent unit, for a bracketed sub-unit. */
  parent?: string;
}

export interface PersonRef {
  name: string;
  /** Posts the text gives this person, when it gives any. */
  posts?: string[];
}

export interface Editor {
  name: string;
  role: string;
  lines?: Lines;
}

export interface GazetteInfo {
  name: string | null;
  year: number | null;
  issue: number | null;
  totalIssue: number | null;
  publishedOn: string | null;
  editors: Editor[];
  /** Table of contents entries, when the issue prints one. */
  contents?: ContentsEntry[];
  lines?: Lines;
}

export interface ContentsEntry {
  section: string | null;
  title: string;
  docNumber: string | null;
  page: number | null;
  lines: Lines;
}

export interface Task {
  number: string | null;
  text: string;
  leads: OrgRef[];
  responsible: OrgRef[];
  cooperating: OrgRef[];
  leaders: PersonRef[];
  deadline: string | null;
  lines: Lines;
}

export type AppointmentAction = 'appoint' | 'remove' | 'nominate';

export interface Appointment {
  person: PersonRef;
  action: AppointmentAction;
  post: string;
  organization: OrgRef | null;
  lines: Lines;
}

export type PortfolioRelation = 'presides' | 'supervises' | 'liaises' | 'responsible_for' | 'backup';

export type PortfolioTarget = OrgRef | { area: string } | { person: string };

export interface Portfolio {
  person: PersonRef;
  relation: PortfolioRelation;
  target: PortfolioTarget;
  lines: Lines;
}

export type SupersessionRelation = 'repeals' | 'replaces' | 'amends';

export interface Supersession {
  relation: SupersessionRelation;
  docNumber: string | null;
  title: string | null;
  lines: Lines;
}

export interface Citation {
  docNumber: string;
  title: string | null;
  lines: Lines;
}

export interface Programme {
  name: string;
  kind: string;
  year: number | null;
  leads: OrgRef[];
  lines: Lines;
}

/** Facts a genre parser finds in one document. */
export interface DocumentFacts {
  tasks: Task[];
  appointments: Appointment[];
  portfolios: Portfolio[];
  supersedes: Supersession[];
  programmes: Programme[];
  /** Other documents cited by number (not superseded). */
  citations: Citation[];
}

export interface ExtractedDocument extends DocumentFacts {
  docNumber: string | null;
  title: string;
  issuers: OrgRef[];
  issuedOn: string | null;
  docType: string | null;
  /** Section of the table of contents it is listed under (【…】). */
  section: string | null;
  /** Page in the gazette, from the table of contents. */
  page: number | null;
  lines: Lines;
  /** Jurisdiction the document speaks for (银川市, 贺兰县 …), from its issuers. */
  jurisdiction?: string | null;
  /** Addressees (主送机关) as written, one per list item. */
  addressees?: string[];
  /** The document says 此件公开发布. */
  publiclyReleased?: boolean;
  /** 附件 lines: what the document says it attaches. */
  attachments?: Attachment[];
  /** People who sign the document over their title (`银川市市长 杨玉经` above the date of a 政府令). */
  signatories?: Signatory[];
  /** Body text as printed (normalised), for full-text search. */
  body: string;
}

export interface Attachment {
  title: string;
  lines: Lines;
}

export interface Signatory {
  person: PersonRef;
  /** The title signed under, as printed (银川市市长, 代市长). */
  title: string;
  lines: Lines;
}

export interface Warning {
  reason: string;
  line: number | null;
  rule: string;
}

export interface Extraction {
  version: 1;
  source: { path: string; sha256: string };
  /** Fingerprint of the extractor code that made this (fingerprint.ts); absent in hand-made JSON. */
  extractor?: string;
  jurisdiction: string | null;
  gazette: GazetteInfo | null;
  documents: ExtractedDocument[];
  warnings: Warning[];
}
