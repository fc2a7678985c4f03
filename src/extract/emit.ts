// Stage 6, emit: the extraction JSON, version 1 (FORMAT.md), with every
// object's keys in one fixed order and documents in the order of the file.
import { extractorFingerprint } from './fingerprint';
import type { DocumentSegment, Segmented } from './stages';
import type {
  ContentsEntry,
  DocumentFacts,
  Editor,
  Extraction,
  ExtractedDocument,
  GazetteInfo,
  Warning,
} from './types';

export interface EmitInput {
  source: { path: string; sha256: string };
  segmented: Segmented;
  facts: readonly DocumentFacts[];
  warnings: readonly Warning[];
}

export function emit({ source, segmented, facts, warnings }: EmitInput): Extraction {
  const documents = segmented.documents
    .map((d, n) => document(d, facts[n] ?? emptyFacts()))
    .sort((a, b) => a.lines[0] - b.lines[0]);
  return {
    version: 1,
    source: { path: source.path, sha256: source.sha256 },
    extractor: extractorFingerprint(),
    jurisdiction: segmented.jurisdiction,
    gazette: segmented.gazette ? gazette(segmented.gazette) : null,
    documents,
    warnings: [...warnings]
      .map((w) => ({ reason: w.reason, line: w.line, rule: w.rule }))
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}

export const emptyFacts = (): DocumentFacts => ({
  tasks: [],
  appointments: [],
  portfolios: [],
  supersedes: [],
  programmes: [],
  citations: [],
});

function gazette(g: GazetteInfo): GazetteInfo {
  return {
    name: g.name,
    year: g.year,
    issue: g.issue,
    totalIssue: g.totalIssue,
    publishedOn: g.publishedOn,
    editors: g.editors.map(editor),
    ...(g.contents ? { contents: g.contents.map(entry) } : {}),
    ...(g.lines ? { lines: g.lines } : {}),
  };
}

const editor = (e: Editor): Editor => ({ name: e.name, role: e.role, ...(e.lines ? { lines: e.lines } : {}) });

const entry = (e: ContentsEntry): ContentsEntry => ({
  section: e.section,
  title: e.title,
  docNumber: e.docNumber,
  page: e.page,
  lines: e.lines,
});

function document(d: DocumentSegment, f: DocumentFacts): ExtractedDocument {
  const m = d.meta;
  return {
    docNumber: m.docNumber,
    title: m.title,
    issuers: m.issuers.map((o) => ({ ...o })),
    issuedOn: m.issuedOn,
    docType: m.docType,
    jurisdiction: d.jurisdiction || null,
    section: m.section,
    page: m.page,
    lines: m.lines,
    ...(m.addressees ? { addressees: m.addressees } : {}),
    ...(m.publiclyReleased !== undefined ? { publiclyReleased: m.publiclyReleased } : {}),
    ...(m.attachments ? { attachments: m.attachments } : {}),
    ...(m.signatories ? { signatories: m.signatories } : {}),
    tasks: f.tasks,
    appointments: f.appointments,
    portfolios: f.portfolios,
    supersedes: f.supersedes,
    programmes: f.programmes,
    citations: f.citations,
    body: d.lines
      .filter((l) => l.text !== '')
      .map((l) => l.text)
      .join('\n'),
  };
}
