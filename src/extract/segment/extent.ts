// Which lines belong to which document. Normally a document runs from its
// head to the next head. Two layouts of page-scrambled conversions are
// handled: the cover notice and signature printed ABOVE the title (the
// document then starts at its addressee), and several heads in a row whose
// bodies follow one after another (split at each signature's end).
import type { Line } from '../location';
import type { Head } from './heads';
import { compact, dateLine, isPublicationNote } from './text';

export interface Extent {
  head: Head;
  /** Indices into the line array, ascending. */
  indices: number[];
}

const LOOK_BACK = 60;

/**
 * `pageStarts`: indices of lines that began with whitespace; where a cover
 * has no addressee, a page-scrambled document starts at the page start
 * above its signature.
 */
export function extents(lines: readonly Line[], heads: readonly Head[], stops: ReadonlySet<number>, pageStarts: ReadonlySet<number> = new Set()): Extent[] {
  const out: Extent[] = [];
  let floor = -1;
  let need = 0;
  let scrambled = false;
  for (let n = 0; n < heads.length; ) {
    // a run of heads with nothing between them shares the body that follows
    let m = n;
    while (m + 1 < heads.length && nothingBetween(lines, (heads[m] as Head).last, (heads[m + 1] as Head).first)) m++;
    const first = heads[n] as Head;
    const cover = coverStart(lines, first, floor, need, pageStarts);
    const start: number = cover === first.first && scrambled ? midPageStart(lines, first, floor, pageStarts) : cover;
    scrambled = start < first.first;
    const next = m + 1 < heads.length ? (heads[m + 1] as Head) : null;
    const bodyFrom = (heads[m] as Head).last + 1;
    const bodyTo = endOf(lines, bodyFrom, next ? next.first : lines.length, stops);
    const parts = splitBodies(lines, bodyFrom, bodyTo, m - n + 1);
    for (let r = n; r <= m; r++) {
      const head = heads[r] as Head;
      const own = range(r === n ? start : head.first, head.last + 1);
      out.push({ head, indices: [...own, ...(parts[r - n] ?? [])] });
    }
    // documents of this run whose signature is still to come, after the run
    need = m - n + 1 - (start < first.first ? 1 : 0);
    floor = (heads[m] as Head).last;
    n = m + 1;
  }
  // a document whose cover was taken by the next one ends before that cover
  for (let n = 0; n + 1 < out.length; n++) {
    const next = out[n + 1] as Extent;
    const nextStart = next.indices[0] as number;
    const cur = out[n] as Extent;
    cur.indices = cur.indices.filter((i) => i < nextStart || i >= next.head.first);
  }
  return out;
}

const range = (a: number, b: number): number[] => Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);

function nothingBetween(lines: readonly Line[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if ((lines[i] as Line).text !== '') return false;
  return true;
}

/** First index not in the document: the next start, or a back-matter stop line. */
function endOf(lines: readonly Line[], from: number, next: number, stops: ReadonlySet<number>): number {
  for (let i = from; i < next; i++) if (stops.has(i)) return trimEnd(lines, from, i);
  return trimEnd(lines, from, next);
}

function trimEnd(lines: readonly Line[], from: number, to: number): number {
  while (to > from && (lines[to - 1] as Line).text === '') to--;
  return to;
}

/** Splits a shared body into `k` parts at the ends of signature blocks. */
function splitBodies(lines: readonly Line[], from: number, to: number, k: number): number[][] {
  if (k === 1) return [range(from, to)];
  const parts: number[][] = [];
  let cur: number[] = [];
  for (let i = from; i < to; i++) {
    cur.push(i);
    if (parts.length < k - 1 && endsSignature(lines, i, to)) {
      parts.push(cur);
      cur = [];
    }
  }
  parts.push(cur);
  return parts;
}

function endsSignature(lines: readonly Line[], i: number, to: number): boolean {
  const text = (lines[i] as Line).text;
  if (isPublicationNote(text)) return true;
  if (!dateLine(text)) return false;
  const next = nextNonBlank(lines, i + 1, to);
  return next === -1 || !isPublicationNote((lines[next] as Line).text);
}

function nextNonBlank(lines: readonly Line[], from: number, to: number): number {
  for (let i = from; i < to; i++) if ((lines[i] as Line).text !== '') return i;
  return -1;
}

/**
 * Where a document really starts. When its title comes right after a
 * signature (a date or 此件公开发布 line), the cover was printed above the
 * title: the document starts at the addressee above that signature, or at
 * the first line after the last finished sentence before it.
 */
function coverStart(lines: readonly Line[], head: Head, floor: number, need: number, pageStarts: ReadonlySet<number>): number {
  let i = head.first - 1;
  while (i > floor && (lines[i] as Line).text === '') i--;
  if (i <= floor) return head.first;
  const prev = (lines[i] as Line).text;
  if (!isPublicationNote(prev) && !dateLine(prev)) return head.first;
  if (signatureEnds(lines, floor + 1, head.first) <= need) return head.first;
  let signatureTop = i;
  let pageStart = -1;
  let inSignature = true;
  for (let j = i - 1, seen = 0; j > floor && seen < LOOK_BACK; j--) {
    const t = (lines[j] as Line).text;
    if (t === '') continue;
    seen++;
    const signatureLine = isPublicationNote(t) || dateLine(t) !== null;
    if (inSignature && signatureLine) continue;
    if (signatureLine) break;
    inSignature = false;
    if (isAddressee(t)) return j;
    if (/[。！？]$/.test(t) && signatureTop === i) signatureTop = j + 1;
    if (pageStart < 0 && pageStarts.has(j)) pageStart = j;
  }
  if (pageStart >= 0 && pageStarts.size * 20 < lines.length) return pageStart;
  return signatureTop === i ? head.first : signatureTop;
}

function signatureEnds(lines: readonly Line[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (endsSignature(lines, i, to)) n++;
  return n;
}

/**
 * In a page-scrambled file, a title printed in the middle of an unfinished
 * sentence was moved there: the document starts at the page start above.
 */
function midPageStart(lines: readonly Line[], head: Head, floor: number, pageStarts: ReadonlySet<number>): number {
  let i = head.first - 1;
  while (i > floor && (lines[i] as Line).text === '') i--;
  if (i <= floor || /[。；！？：）)]$/.test((lines[i] as Line).text)) return head.first;
  for (let j = i; j > floor; j--) if (pageStarts.has(j)) return j;
  return head.first;
}

/** `各县（市）区人民政府，市政府各部门、各直属机构：`, `银川市市政管理局：`. */
export function isAddressee(text: string): boolean {
  const t = compact(text);
  if (!/[：:]$/.test(t) || /[。；]/.test(t) || t.length > 200 || t.length < 4) return false;
  const body = t.slice(0, -1);
  return /^各|[，、]各|(?:人民政府|部门|单位|机构|委员会|办公室|局|党委|党组|管委会|机关|团体)(?:（[^）]*）)?$/.test(body) && !/决定$|如下$|研究$/.test(body);
}
