// Document heads: where a printed document starts. A head is a title
// (one to four lines, re-joined) above a number line (`银政办发〔2022〕24号`,
// `第 2 号` for an ordinance), or a title carrying its own serial number
// (`…任前公示公告(2022)第七号`). Table-of-contents entries are not heads.
import type { Line } from '../location';
import { isOrganName, splitIssuers } from './organs';
import {
  compact,
  CONTENTS_TAIL_RE,
  dateLine,
  endsSentence,
  endsWithGenre,
  isPublicationNote,
  numberedTitle,
  numberLine,
} from './text';

export interface Head {
  /** Title lines as printed (spaces kept: they separate joint issuers). */
  titleLines: Line[];
  /** The line holding the number, when it is its own line. */
  numberLine: Line | null;
  /** Document number as printed, compacted; an ordinance is `第2号` until named. */
  docNumber: string | null;
  ordinance: boolean;
  /** Index (into the line array) of the first title line and of the last head line. */
  first: number;
  last: number;
}

const MAX_TITLE_LINES = 5;
const MAX_TITLE_LINE = 80;

/** Every head in the text, in order. `lines[i].no === i + 1` is not assumed. */
export function findHeads(lines: readonly Line[]): Head[] {
  const nb = nonBlank(lines);
  const heads: Head[] = [];
  for (let k = 0; k < nb.length; k++) {
    const i = nb[k] as number;
    const line = lines[i] as Line;
    if (isContentsEntry(lines, nb, k)) continue;
    const num = numberLine(line.text);
    if (num) {
      const title = collectTitle(lines, nb, k - 1);
      if (title.length === 0) {
        const below = num.ordinance ? null : headBelow(lines, nb, k, num.docNumber);
        if (below) heads.push(below);
        continue;
      }
      heads.push({
        titleLines: title.map((j) => lines[j] as Line),
        numberLine: line,
        docNumber: num.docNumber,
        ordinance: num.ordinance,
        first: title[0] as number,
        last: i,
      });
      continue;
    }
    const own = numberedTitle(line.text);
    const serial = own ? null : serialBelow(lines, nb, k);
    if (own || serial) {
      const organs = k > 0 ? organLines(lines, nb, k - 1) : [];
      const first = organs[0] ?? i;
      const docNumber = (own ?? serial?.numbered)?.docNumber ?? null;
      heads.push({
        titleLines: [...organs, i].map((j) => lines[j] as Line), numberLine: serial ? (lines[serial.at] as Line) : null,
        docNumber, ordinance: false, first, last: serial?.at ?? i,
      });
    }
  }
  return dropEmptyDuplicates(lines, dropNested(heads));
}

/** `…任前公示公告` over `（2023）第3号` on the next line: the serial number of a title, printed below it. */
function serialBelow(lines: readonly Line[], nb: readonly number[], k: number): { numbered: { docNumber: string; title: string }; at: number } | null {
  const at = nb[k + 1];
  if (at === undefined || (lines[at] as Line).text.length > 40) return null;
  const next = compact((lines[at] as Line).text);
  if (!/^[（(〔［\[](?:19|20)\d{2}[)）〕］\]]第[\d〇零一二三四五六七八九十百]{1,6}号$/.test(next)) return null;
  const numbered = numberedTitle(compact((lines[nb[k] as number] as Line).text) + next);
  return numbered ? { numbered, at } : null;
}

/**
 * A number printed twice (a contents page without leaders lists bare
 * numbers): the copy with nothing before the next head is not the document.
 */
function dropEmptyDuplicates(lines: readonly Line[], heads: Head[]): Head[] {
  const bodyOf = (n: number): { size: number; signed: boolean } => {
    const h = heads[n] as Head;
    const next = heads[n + 1];
    const end = next ? next.first : lines.length;
    let size = 0;
    let signed = false;
    for (let i = h.last + 1; i < end; i++) {
      const text = (lines[i] as Line).text;
      if (text === '') continue;
      size++;
      if (dateLine(text)) {
        signed = true;
        break;
      }
    }
    return { size, signed };
  };
  const bodies = heads.map((_, n) => bodyOf(n));
  const printed = new Set<string>();
  const signed = new Set<string>();
  const copies = new Map<string, number>();
  heads.forEach((h, n) => {
    if (h.docNumber) copies.set(h.docNumber, (copies.get(h.docNumber) ?? 0) + 1);
    if (h.docNumber && (bodies[n]?.size ?? 0) >= 2) printed.add(h.docNumber);
    if (h.docNumber && bodies[n]?.signed) signed.add(h.docNumber);
  });
  // an empty copy goes where another copy has a body; an unsigned copy where another is signed
  return heads.filter((h, n) => {
    const b = bodies[n] as { size: number; signed: boolean };
    if (!h.docNumber) return true;
    if (b.size < 2 && printed.has(h.docNumber)) return false;
    return b.signed || !signed.has(h.docNumber) || (copies.get(h.docNumber) ?? 0) < 2;
  });
}

/**
 * A red-header layout: `银川市人民政府文件` / number / title below it. The
 * title must read like one (关于 / 印发 … ending with a genre word).
 */
function headBelow(lines: readonly Line[], nb: readonly number[], k: number, docNumber: string): Head | null {
  const picked: number[] = [];
  for (let j = k + 1; j < nb.length && picked.length < MAX_TITLE_LINES; j++) {
    const text = (lines[nb[j] as number] as Line).text;
    if (!titleLike(text) || numberLine(text)) break;
    picked.push(nb[j] as number);
    if (endsWithGenre(text)) break;
  }
  const last = picked[picked.length - 1];
  if (last === undefined || !endsWithGenre((lines[last] as Line).text)) return null;
  if (!/关于|印发/.test(picked.map((j) => (lines[j] as Line).text).join(''))) return null;
  const above = nb[k - 1];
  const redHeader = above !== undefined && /文件$/.test(compact((lines[above] as Line).text)) && (lines[above] as Line).text.length < 30;
  return {
    titleLines: picked.map((j) => lines[j] as Line),
    numberLine: lines[nb[k] as number] as Line,
    docNumber,
    ordinance: false,
    first: redHeader ? above : (nb[k] as number),
    last,
  };
}

export function nonBlank(lines: readonly Line[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) if ((lines[i] as Line).text !== '') out.push(i);
  return out;
}

/** A title or number followed by leaders and a page number is a contents entry. */
function isContentsEntry(lines: readonly Line[], nb: readonly number[], k: number): boolean {
  const text = (lines[nb[k] as number] as Line).text;
  if (text.length < 300 && CONTENTS_TAIL_RE.test(text)) return true;
  const next = nb[k + 1];
  return next !== undefined && /^[.…·]{2,}\s*[（(]?\d{1,4}[)）]?$/.test((lines[next] as Line).text);
}

/**
 * Title lines ending at nb[k], walking upwards: the last line ends with a
 * genre word; earlier lines join while the title has no 关于 yet, then only
 * lines of organ names (joint issuers printed above the title).
 */
function collectTitle(lines: readonly Line[], nb: readonly number[], k: number): number[] {
  if (k < 0) return [];
  const lastIdx = nb[k] as number;
  const last = (lines[lastIdx] as Line).text;
  if (!endsWithGenre(last) || !titleLike(last)) return [];
  const picked = [lastIdx];
  let text = compact(last);
  for (let j = k - 1; j >= 0 && picked.length < MAX_TITLE_LINES; j--) {
    const cand = (lines[nb[j] as number] as Line).text;
    if (!titleLike(cand) || numberLine(cand) || numberedTitle(cand)) break;
    const organs = isOrganLine(cand);
    if (/关于|印发/.test(text) && !organs) break;
    picked.unshift(nb[j] as number);
    text = compact(cand) + text;
  }
  return picked;
}

function organLines(lines: readonly Line[], nb: readonly number[], k: number): number[] {
  const out: number[] = [];
  for (let j = k; j >= 0 && out.length < 2; j--) {
    const idx = nb[j] as number;
    if (!isOrganLine((lines[idx] as Line).text)) break;
    out.unshift(idx);
  }
  return out;
}

function titleLike(text: string): boolean {
  if (text.length > 2 * MAX_TITLE_LINE) return false;
  const t = compact(text);
  if (t.length === 0 || t.length > MAX_TITLE_LINE) return false;
  if (endsSentence(t) || /[：:]/.test(t)) return false;
  if (dateLine(t) || isPublicationNote(t) || CONTENTS_TAIL_RE.test(text)) return false;
  return /[\u4e00-\u9fff]/.test(t);
}

export function isOrganLine(text: string): boolean {
  if (text.length > 200) return false;
  const organs = splitIssuers(text);
  return organs.length > 0 && organs.every(isOrganName) && !/关于|印发/.test(text);
}

/** A numbered title inside another head's title block is not a head of its own. */
function dropNested(heads: Head[]): Head[] {
  return heads.filter((h, n) => !heads.some((o, m) => m !== n && o.first <= h.first && h.last < o.last));
}
