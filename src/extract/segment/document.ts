// One document's metadata from its lines: title, number, issuers (title
// organs win over the signature's), signature date and signatories,
// addressees, 此件公开发布, attachments, genre.
import type { Line } from '../location';
import { spanOf } from '../location';
import type { Attachment, ContentsEntry, OrgRef, Signatory } from '../types';
import { splitTopLevel } from '../parse/refs/passage';
import type { DocumentMeta } from '../stages';
import type { Extent } from './extent';
import { isAddressee } from './extent';
import { isOrganLine } from './heads';
import { chooseIssuers, splitIssuers, titleIssuers } from './organs';
import { compact, dateLine, docTypeOf, isoDate, isPublicRelease } from './text';

export interface Signature {
  organs: string[];
  /** People signing over their title, top to bottom. */
  people: Signatory[];
  issuedOn: string | null;
  /** Index of the date line. */
  at: number;
}

const MAX_SIGNATURE_LINES = 8;

export function documentMeta(lines: readonly Line[], extent: Extent, contents: readonly ContentsEntry[]): DocumentMeta {
  const { head, indices } = extent;
  const own = indices.map((i) => lines[i] as Line).filter((l) => l.text !== '');
  const title = compact(head.titleLines.map((l) => l.text).join(''));
  const sig = signature(lines, indices);
  const fromTitle = titleIssuers(head.titleLines.map((l) => l.text));
  const issuerNames = chooseIssuers(fromTitle, sig?.organs ?? []);
  const docNumber = head.ordinance ? `${issuerNames[0] ?? ''}令${head.docNumber}` : head.docNumber;
  const entry = findEntry(contents, docNumber, title);
  const after = indices.filter((i) => i > head.last).map((i) => lines[i] as Line);
  return {
    docNumber,
    title,
    issuers: issuerNames.map(orgRef),
    issuedOn: sig?.issuedOn ?? adoptedOn(own, head.last, lines),
    docType: docTypeOf(title),
    section: entry?.section ?? null,
    page: entry?.page ?? null,
    lines: spanOf(own.length ? own : head.titleLines),
    addressees: addresseesOf(own, head.last, lines),
    publiclyReleased: own.some((l) => isPublicRelease(l.text)),
    attachments: attachmentsOf(after),
    signatories: sig?.people ?? [],
  };
}

export const orgRef = (name: string): OrgRef => ({ name: compact(name), mention: compact(name) });

/** The first date-only line of the document and the organ lines (or signing people) above it. */
export function signature(lines: readonly Line[], indices: readonly number[]): Signature | null {
  for (let n = 0; n < indices.length; n++) {
    const i = indices[n] as number;
    const text = (lines[i] as Line).text;
    const inline = organsBeforeDate(text);
    if (inline) return { organs: inline.organs, people: [], issuedOn: inline.iso, at: i };
    const iso = dateLine(text);
    if (!iso) continue;
    const organs: string[] = [];
    const people: Signatory[] = [];
    for (let m = n - 1, seen = 0; m >= 0 && seen < MAX_SIGNATURE_LINES; m--) {
      const line = lines[indices[m] as number] as Line;
      if (line.text === '') continue;
      seen++;
      if (isOrganLine(line.text)) {
        organs.unshift(...splitIssuers(line.text));
        continue;
      }
      const person = personSignature(line.text);
      if (!person) break;
      people.unshift({ person: { name: person.name }, title: person.title, lines: [line.no] });
    }
    return { organs, people, issuedOn: iso, at: i };
  }
  return null;
}

/** `银川市人民政府办公室 2023年3月1日`: signature and date on one line. */
function organsBeforeDate(text: string): { organs: string[]; iso: string } | null {
  if (text.length > 120) return null;
  const m = /^(.+?)\s+((?:19|20)\d{2}\s*年.*日)$/.exec(text);
  if (!m || !isOrganLine(m[1] ?? '')) return null;
  const iso = dateLine(m[2] ?? '');
  return iso ? { organs: splitIssuers(m[1] ?? ''), iso } : null;
}

/**
 * A person's signature: a title ending in 长, 主任 or 书记, then the name,
 * apart (`银川市市长 杨玉经`, `市长：杨玉经`). Run together the two cannot be
 * told apart, so that is not read as a signature.
 */
export function personSignature(text: string): { title: string; name: string } | null {
  const m = /^(\S{2,20}?)\s*[\s：:]\s*(\p{Script=Han}{2,4})$/u.exec(text.trim());
  if (!m || !/(?:长|主任|书记)$/.test(m[1] ?? '')) return null;
  return { title: m[1] as string, name: m[2] as string };
}

/**
 * An act of a congress or its standing committee (任免名单, 决议, 条例) has no
 * signature; it is dated by the adoption line under its title:
 * `（2023年5月26日…常务委员会第十次会议通过）`. A speech's `在…会议上` line is not an adoption.
 */
function adoptedOn(own: readonly Line[], headLast: number, lines: readonly Line[]): string | null {
  const headNo = (lines[headLast] as Line).no;
  for (const line of own.filter((l) => l.no > headNo).slice(0, 3)) {
    const t = compact(line.text);
    if (t.length <= 80 && /^[（(].*(?:通过|批准)[)）]$/.test(t)) return isoDate(t);
  }
  return null;
}

function addresseesOf(own: readonly Line[], headLast: number, lines: readonly Line[]): string[] {
  const headNo = (lines[headLast] as Line).no;
  const line = own.find((l) => l.no > headNo && isAddressee(l.text)) ?? own.find((l) => l.no < headNo && isAddressee(l.text));
  if (!line) return [];
  // 、 separates addressees unless it abbreviates one (市政府各委、办、局);
  // nothing inside brackets separates (各县（市、区）人民政府).
  const pieces = (text: string, separators: string) => splitTopLevel(text, separators).map(([a, b]) => text.slice(a, b));
  return pieces(compact(line.text).replace(/[：:]$/, ''), '，,；;').flatMap((item) => {
    const parts = pieces(item, '、');
    return parts.every((p) => p.length >= 3) ? parts : [item];
  });
}

const ATTACHMENT_RE = /^附件\s*\d*\s*[：:]?\s*(.*)$/;

function attachmentsOf(after: readonly Line[]): Attachment[] {
  const out: Attachment[] = [];
  for (const l of after) {
    const m = ATTACHMENT_RE.exec(l.text);
    if (!m) continue;
    const title = compact(m[1] ?? '').replace(/^\d+[.．、]/, '');
    if (title) out.push({ title, lines: [l.no] });
  }
  return out;
}

function findEntry(contents: readonly ContentsEntry[], docNumber: string | null, title: string): ContentsEntry | undefined {
  const key = (s: string) => s.replace(/[《》〈〉“”"（）()〔〕、，,—\-\s]/g, '');
  if (docNumber) {
    const byNumber = contents.find((e) => e.docNumber !== null && compact(e.docNumber) === docNumber);
    if (byNumber) return byNumber;
  }
  return contents.find((e) => key(e.title) === key(title));
}

