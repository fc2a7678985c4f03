// Stage 2, normalise: decoded text → cleaned physical lines, each keeping its
// ORIGINAL 1-based number. Removes conversion noise (markdown marks, page
// furniture, dotted leaders, ` and ` for 和, spaces the PDF put around
// digits and before colons) and writes document numbers one way
// (〔2022〕24号). Lines are never merged here; see `toParagraphs`.
import type { Line, Paragraph } from './location';
import type { Normalised } from './stages';

export function normalise(text: string): Normalised {
  const raw = text.split('\n');
  const lines: Line[] = new Array(raw.length);
  const indented: number[] = [];
  let table: SpacedHeader | null = null;
  for (let i = 0; i < raw.length; i++) {
    let r = raw[i] ?? '';
    // A table laid out with spaces: from a header row naming role columns,
    // each run of spaces between cells becomes the TAB a converted table has.
    const header = spacedHeader(r);
    table = header ?? (table && isSpacedRow(r, table) ? table : null);
    if (table) r = r.trim().replace(CELL_GAP, '\t');
    lines[i] = { no: i + 1, text: cleanLine(r) };
    if (/^[ \t\u3000]/.test(r) && lines[i]?.text) indented.push(i + 1);
  }
  dropRunningHeads(lines);
  return { lines, indented };
}

const CELL_GAP = / {2,}|\u3000+/g;
const HEADER_CELL = /^(?:序号|牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|完成时限|完成时间|责任领导|重点任务|工作任务|主要任务|任务内容|工作内容|具体措施|项目名称)$/;

interface SpacedHeader { cells: number; numbered: boolean }

/** The header of a space-laid table: two or more column names, one of them a role. */
function spacedHeader(r: string): SpacedHeader | null {
  if (r.length > 200 || r.includes('\t')) return null;
  const cells = r.trim().split(CELL_GAP);
  if (cells.length < 3 || cells.filter((c) => HEADER_CELL.test(c)).length < 2 || !cells.some((c) => /单位|部门/.test(c))) return null;
  return { cells: cells.length, numbered: cells[0] === '序号' };
}

/** A row of that table: nearly as many cells, and a number first when the header has 序号. */
function isSpacedRow(r: string, header: SpacedHeader): boolean {
  if (r.length > 2000 || r.includes('\t')) return false;
  const cells = r.trim().split(CELL_GAP);
  return cells.length >= Math.max(3, header.cells - 1) && (!header.numbered || /^\d{1,3}$/.test(cells[0] ?? ''));
}

const RUNNING_HEAD_RE = /公报|年第\d+期|^第\d+期|^·\s*\d+\s*·$/;
const RUNNING_HEAD_MIN = 4;
/** The gazette's own name (`永宁县人民政府公报`): printed again, it is a running head even in a short issue. */
const GAZETTE_NAME_RE = /^[\u4e00-\u9fff]{2,16}(?:人民政府|政府)公报$/;

/**
 * Running heads and feet: a short line naming the gazette or the issue
 * (`银川市人民政府公报`, `2022年第4期`) printed again and again. The first
 * occurrence stays (it is the masthead).
 */
function dropRunningHeads(lines: Line[]): void {
  // Compared without spaces: the masthead often spaces out what the running head runs together.
  const key = (text: string) => text.replace(/\s+/g, '');
  const seen = new Map<string, number>();
  for (const l of lines) if (l.text && l.text.length <= 40 && RUNNING_HEAD_RE.test(l.text)) seen.set(key(l.text), (seen.get(key(l.text)) ?? 0) + 1);
  const heads = new Set([...seen].filter(([t, n]) => n >= (GAZETTE_NAME_RE.test(t) ? 2 : RUNNING_HEAD_MIN)).map(([t]) => t));
  if (heads.size === 0) return;
  const kept = new Set<string>();
  for (const l of lines) {
    const k = key(l.text);
    if (!heads.has(k)) continue;
    if (kept.has(k)) l.text = '';
    else kept.add(k);
  }
}

/** Cleans one physical line; returns '' for page furniture. */
export function cleanLine(input: string): string {
  if (input.length > 20000) return cleanLong(input);
  let s = input;
  if (/[\u3000\u00a0\uFEFF]/.test(s)) s = s.replace(/^\uFEFF/, '').replace(/[\u3000\u00a0]/g, ' ');
  if (/[０-９]/.test(s)) s = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/[#*<+-]/.test(s)) s = stripMarkdown(s);
  if (s.includes('  ')) s = s.replace(/ {2,}/g, ' ');
  s = trimLine(s);
  if (isPageFurniture(s)) return '';
  if (/^[.…·]/.test(s)) s = s.replace(/^[.…·]{3,}\s*(?=.*[^\d\s.…·()（）])/, '');
  if (/[.…·]$/.test(s)) s = s.replace(/([\u4e00-\u9fff。，；：、])\s*[.…·]{3,}$/, '$1');
  s = unifyPunctuation(s);
  if (s.includes(' ')) s = joinSpacedPairs(tightenNumbers(s));
  if (s.includes('号')) s = normaliseDocNumbers(s);
  return trimLine(s);
}

/**
 * Trims a line. A table row (a TAB between two cells) keeps its leading TABs:
 * they are its empty first cells, and the cells must stay in their columns.
 */
function trimLine(s: string): string {
  if (!s.includes('\t') || !/[^\s]\t+[^\s]/.test(s)) return s.trim();
  return s.replace(/^ +/, '').replace(/[ \t]+$/, '');
}

/** Very long lines (no real gazette has them) only get the cheap fixes. */
function cleanLong(s: string): string {
  return s.replace(/[\u3000\u00a0]/g, ' ').replace(/ {2,}/g, ' ').trim();
}

function stripMarkdown(s: string): string {
  return s
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*/g, '')
    .replace(/^\s*[-*+]\s+(?=\S)/, '')
    .replace(/<\/?(?:sub|sup|br|b|i|strong|em)\s*\/?>/gi, '')
    .replace(/<((?:https?|ftp):\/\/[^>\s]+)>/g, '$1');
}

/** Stray page numbers and running heads: `12`, `- 12 -`, `—12—`, `第 3 页`. */
function isPageFurniture(s: string): boolean {
  if (s === '') return true;
  if (s.length > 20) return false;
  if (/^[-—–－\s]*\d{1,4}[-—–－\s]*$/.test(s)) return true;
  if (/^第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?$/.test(s)) return true;
  if (/^[.…·\s]+$/.test(s)) return true;
  return false;
}

const CJK = '\\u4e00-\\u9fff';
const AND_RE = new RegExp(`(?<=[${CJK}”》）])\\s*\\band\\b\\s*(?=[${CJK}“《（])`, 'g');
const COLON_RE = new RegExp(`(?<=[${CJK}）)”》])\\s*:(?!\\/\\/)`, 'g');
const SEMI_RE = new RegExp(`(?<=[${CJK}）)”》])\\s*;`, 'g');
const COMMA_RE = new RegExp(`(?<=[${CJK}）)”》])\\s*,\\s*(?=[${CJK}（(“《])`, 'g');

function unifyPunctuation(s: string): string {
  if (s.includes('and')) s = s.replace(AND_RE, '和');
  if (s.includes(':')) s = s.replace(COLON_RE, '：');
  if (s.includes(';')) s = s.replace(SEMI_RE, '；');
  if (s.includes(',')) s = s.replace(COMMA_RE, '，');
  // spaces only: a TAB after 。 separates two table cells
  if (s.includes(' ')) s = s.replace(/ +(?=[：；，。、])/g, '').replace(/(?<=[：；，。、]) +/g, '');
  return s;
}

/** `2020 年 8 月 29 日` → `2020年8月29日`, `第 2 号` → `第2号`, `15 %` → `15%`. */
function tightenNumbers(s: string): string {
  return s
    .replace(/(\d) +(?=[年月日号%‰个次条款项期])/g, '$1')
    .replace(/(?<=[年月第至]) +(?=\d)/g, '');
}

const SPACED_PAIR_RE = /(?<=^|[\s，、：；。（(])([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?=$|[\s，、：；。）)])/g;

/** Letter-spaced two-character names and labels: `周 佳` → 周佳, `主 编：` → 主编：. */
function joinSpacedPairs(s: string): string {
  return s.replace(SPACED_PAIR_RE, '$1$2');
}

/** Document numbers: any bracket width or spacing → `〔2022〕24号`. */
export function normaliseDocNumbers(s: string): string {
  return s.replace(
    /([\u4e00-\u9fff〕])\s*[〔［\[（(]\s*((?:19|20)\d{2})\s*[〕］\]）)]\s*(第?)\s*(\d{1,5})\s*号/g,
    (_m, pre: string, year: string, di: string, n: string) => `${pre}〔${year}〕${di}${n}号`,
  );
}

// ---------- paragraphs ----------

const ENUMERATOR =
  /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|[①-⑳]|第[一二三四五六七八九十百\d]+[章节条]|附件|附：|(?:牵头|责任|配合|协办|主办)(?:单位|部门)|对接|完成时限|任务\d)/;
const TERMINAL = /[。；;！!？?：:]$/;

/**
 * Re-joins lines that the PDF broke inside a paragraph: a line that does not
 * end a sentence continues on the next non-blank line, unless that line
 * starts an item or label, or the first is a short heading.
 */
export function toParagraphs(lines: readonly Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Line[] = [];
  const flush = () => {
    if (cur.length) out.push({ text: cur.map((l) => l.text).join(''), parts: cur });
    cur = [];
  };
  for (const line of lines) {
    if (line.text === '') continue;
    const prev = cur[cur.length - 1];
    if (prev && !continues(prev.text, line.text)) flush();
    cur.push(line);
  }
  flush();
  return out;
}

function continues(prev: string, next: string): boolean {
  if (TERMINAL.test(prev)) return false;
  if (ENUMERATOR.test(next)) return false;
  if (prev.includes('\t') || next.includes('\t')) return false;
  if (/[、，,（(《“]$/.test(prev)) return true;
  if (prev.length < 15) return false;
  if (ENUMERATOR.test(prev) && prev.length < 25) return false;
  return /[\u4e00-\u9fff\d）)”》]$/.test(prev);
}
