// Small recognisers shared by the segmenter: document numbers, dates,
// genre words, leaders. Each works on one normalised line.
import { normaliseDocNumbers } from '../normalise';

export const compact = (s: string): string => s.replace(/\s+/g, '');

const CN_DIGIT: Record<string, number> = { '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

/** `12`, `十二`, `二十一`, `二〇二二` (digit by digit) → number; NaN when not a numeral. */
export function numeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4 && [...s].every((c) => c in CN_DIGIT)) return Number([...s].map((c) => CN_DIGIT[c]).join(''));
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in CN_DIGIT) digit = CN_DIGIT[ch] ?? 0;
    else if (ch === '十') (total += (digit || 1) * 10), (digit = 0);
    else if (ch === '百') (total += (digit || 1) * 100), (digit = 0);
    else return NaN;
  }
  return s ? total + digit : NaN;
}

const NUM = '\\d{1,4}|[〇○零一二两三四五六七八九十]{1,4}';
const DATE_RE = new RegExp(`((?:19|20)\\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日`);
const DATE_LINE_RE = new RegExp(`^[（(]?${DATE_RE.source}[)）]?$`);

/** ISO date of a Y年M月D日 phrase (digits or Chinese numerals), or null. */
export function isoDate(s: string): string | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const [y, mo, d] = [numeral(m[1] ?? ''), numeral(m[2] ?? ''), numeral(m[3] ?? '')];
  if (!(y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A line that is only a date (a signature date), leaders and spaces aside. */
export function dateLine(text: string): string | null {
  if (text.length > 120) return null;
  const t = compact(text).replace(/^[.…·]+/, '');
  return DATE_LINE_RE.test(t) ? isoDate(t) : null;
}

/** A document number standing alone on a line: `银政办发〔2022〕24号`. */
const NUMBER_LINE_RE = /^([\u4e00-\u9fff〔〕A-Za-z]{1,24}?)〔((?:19|20)\d{2})〕(第?)(\d{1,5})号$/;
/** `第 2 号` alone: an ordinance (政府令) number. */
const ORDER_LINE_RE = /^第(\d{1,4})号$/;
/** An ordinance number with its issuer on the same line: `南通市人民政府令第12号`. */
const NAMED_ORDER_LINE_RE = /^([\u4e00-\u9fff]{2,30}令)第(\d{1,4})号$/;

export interface NumberLine {
  docNumber: string;
  /** An ordinance number (`第2号`) that needs the issuer's name in front. */
  ordinance: boolean;
}

export function numberLine(text: string): NumberLine | null {
  if (text.length > 80) return null;
  const t = compact(text).replace(/^[（(](.+)[)）]$/, '$1');
  if (t.length > 40) return null;
  const m = NUMBER_LINE_RE.exec(t);
  if (m && /[\u4e00-\u9fff]/.test(m[1] ?? '')) return { docNumber: t, ordinance: false };
  const o = ORDER_LINE_RE.exec(t);
  if (o) return { docNumber: `第${Number(o[1])}号`, ordinance: true };
  const named = NAMED_ORDER_LINE_RE.exec(t);
  if (named) return { docNumber: `${named[1]}第${Number(named[2])}号`, ordinance: false };
  return null;
}

/** A title that carries its own serial number: `…任前公示公告(2022)第七号`. */
const TITLE_NUMBER_RE = /^(.{4,60}?)[（(〔［\[]((?:19|20)\d{2})[)）〕］\]]\s*(第[\d〇零一二三四五六七八九十百]{1,6}号)$/;

export function numberedTitle(text: string): { docNumber: string; title: string } | null {
  if (text.length > 120) return null;
  const t = compact(text);
  const m = TITLE_NUMBER_RE.exec(t);
  if (!m || !GENRE_END_RE.test(m[1] ?? '') || /[。；：，]/.test(m[1] ?? '')) return null;
  return { docNumber: `${m[1]}〔${m[2]}〕${m[3]}`, title: t };
}

export const GENRE_WORDS = [
  '实施意见', '通知', '决定', '意见', '方案', '办法', '规定', '报告', '公告', '通告', '公示', '批复', '函', '规划',
  '命令', '令', '通报', '纲要', '细则', '条例', '规则', '计划', '要点', '决议', '议案', '请示', '纪要', '指引', '清单',
  '标准', '制度', '守则', '章程', '措施', '公报', '答复', '复函', '倡议书', '说明', '名单',
];
const GENRE_ALT = [...GENRE_WORDS].sort((a, b) => b.length - a.length).join('|');
const GENRE_END_RE = new RegExp(`(?:${GENRE_ALT})$`);
const GENRE_ANY_RE = new RegExp(`(?:${GENRE_ALT})`, 'g');

/** The genre word that ends a title (通知, 决定 …); the last one in it otherwise. */
export function docTypeOf(title: string): string | null {
  const t = compact(title)
    .replace(/[（(〔［\[]\d{4}[)）〕］\]]第[\d〇零一二三四五六七八九十百]+号$/, '')
    .replace(/[（(][^（()）]*[)）]$/, '');
  const end = t.match(GENRE_END_RE);
  if (end) return end[0] === '实施意见' ? '意见' : end[0];
  const all = t.replace(/《[^》]*》/g, '').match(GENRE_ANY_RE);
  const last = all?.[all.length - 1];
  return last === undefined ? null : last === '实施意见' ? '意见' : last;
}

/** Does a line end like a title (a genre word, maybe with 的)? */
export const endsWithGenre = (text: string): boolean => text.length <= 300 && GENRE_END_RE.test(compact(text).replace(/[（(][^（()）]*[)）]$/, ''));

/** `（此件公开发布）` and its variants. */
export const isPublicationNote = (text: string): boolean =>
  text.length < 40 && /^[（(]?此件(?:公开发布|主动公开|公开|不公开|不予公开|依申请公开)(?:发布)?[)）]?$/.test(compact(text));

/** A publication note that releases the document to the public. */
export const isPublicRelease = (text: string): boolean => isPublicationNote(text) && /公开发布|主动公开|此件公开[)）]?$/.test(compact(text));

/** A line ending a sentence or a label: never part of a title. */
export const endsSentence = (text: string): boolean => /[。；！？：:;!?，,]$/.test(text);

/** Leaders followed by a page number: the tail of a table-of-contents entry. */
export const CONTENTS_TAIL_RE = /(?:[.…·]{2,}|\t)\s*[（(]?\s*(\d{1,4})\s*[)）]?\s*$/;

/** A document number written any way (`银政发 [2022] 5 号`) → `银政发〔2022〕5号`, or null. */
export function normaliseNumber(s: string): string | null {
  const t = compact(normaliseDocNumbers(s));
  return numberLine(t)?.ordinance === false ? t : null;
}
