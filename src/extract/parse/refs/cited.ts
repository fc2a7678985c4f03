// References to other documents inside a passage: 《title》（文号）, 《title》
// alone, and numbers printed without a title. Offsets are into the passage
// text so callers can report the original lines.
import { findDocNumbers } from './docnumber';

export interface CitedRef {
  title: string | null;
  docNumber: string | null;
  start: number;
  end: number;
}

const MAX_TITLE = 160;
const MAX_BRACKET = 80;

/** Index of the 》 closing the 《 at `open`, nested 《》 allowed; -1 if none nearby. */
function closeOfTitle(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + MAX_TITLE);
  for (let i = open; i < limit; i++) {
    const ch = text[i];
    if (ch === '《') depth++;
    else if (ch === '》' && --depth === 0) return i;
    else if (ch === '。') return -1;
  }
  return -1;
}

/** Text of the bracket right after `at` ((…) or （…）), or null. */
function bracketAfter(text: string, at: number): { inner: string; end: number } | null {
  const ch = text[at];
  if (ch !== '（' && ch !== '(') return null;
  const limit = Math.min(text.length, at + MAX_BRACKET);
  for (let i = at + 1; i < limit; i++) {
    if (text[i] === '）' || text[i] === ')') return { inner: text.slice(at + 1, i), end: i + 1 };
  }
  return null;
}

/** Titled references in order of appearance, each with its number when one follows. */
export function findTitled(text: string, jurisdiction: string): CitedRef[] {
  const out: CitedRef[] = [];
  let i = text.indexOf('《');
  while (i >= 0) {
    const close = closeOfTitle(text, i);
    if (close < 0) {
      i = text.indexOf('《', i + 1);
      continue;
    }
    const title = text.slice(i + 1, close);
    const bracket = bracketAfter(text, close + 1);
    const numbers = bracket ? findDocNumbers(bracket.inner, jurisdiction) : [];
    out.push({ title, docNumber: numbers[0]?.docNumber ?? null, start: i, end: bracket && numbers.length ? bracket.end : close + 1 });
    for (const extra of numbers.slice(1)) {
      out.push({ title: null, docNumber: extra.docNumber, start: close + 1, end: bracket?.end ?? close + 1 });
    }
    i = text.indexOf('《', close + 1);
  }
  return out;
}

/** All references: titled ones plus numbers that stand without a title. */
export function findReferences(text: string, jurisdiction: string): CitedRef[] {
  const titled = findTitled(text, jurisdiction);
  const bare: CitedRef[] = [];
  let k = 0; // titled refs are in order, so one pass decides what each number falls inside
  for (const n of findDocNumbers(text, jurisdiction)) {
    while (k < titled.length && (titled[k]?.end ?? 0) <= n.start) k++;
    const t = titled[k];
    if ((t && t.start <= n.start) || !n.bounded) continue;
    bare.push({ title: null, docNumber: n.docNumber, start: n.start, end: n.end });
  }
  return [...titled, ...bare].sort((a, b) => a.start - b.start);
}
