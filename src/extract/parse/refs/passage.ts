// A run of original lines joined into one searchable string (whitespace,
// markdown emphasis and heading marks removed), with a way back from any
// character offset to the original line numbers. Genre parsers match on the
// joined text and report `Lines` through `spanIn`.
import type { Line, Paragraph } from '../../location';
import type { Lines } from '../../types';

export interface Passage {
  text: string;
  /** Offset in `text` where each contributing line starts. */
  starts: number[];
  /** Original line number of each contributing line. */
  nos: number[];
  /** A table row: cells were separated by tabs before spaces were removed. */
  tabular: boolean;
}

const AND_AS_WORD = /\s+and\s+/g;
const NOISE = /[\s*\u3000]+/g;

/** Cleans one physical line for matching: no spaces, no markdown marks. */
export function cleanLine(text: string): string {
  return text.replace(/^\s*#{1,6}\s+/, '').replace(AND_AS_WORD, '和').replace(NOISE, '');
}

export function passageOf(lines: readonly Line[]): Passage {
  const starts: number[] = [];
  const nos: number[] = [];
  let text = '';
  let tabular = false;
  for (const line of lines) {
    tabular ||= line.text.includes('\t');
    const clean = cleanLine(line.text);
    if (!clean) continue;
    starts.push(text.length);
    nos.push(line.no);
    text += clean;
  }
  return { text, starts, nos, tabular };
}

const built = new WeakMap<readonly Paragraph[], Passage[]>();

/** The passages of a document's paragraphs; built once per document and shared by the genre parsers. */
export function passagesOf(paragraphs: readonly Paragraph[]): Passage[] {
  let passages = built.get(paragraphs);
  if (!passages) {
    passages = paragraphs.map((p) => passageOf(p.parts)).filter((p) => p.text.length > 0);
    built.set(paragraphs, passages);
  }
  return passages;
}

function lineAt(p: Passage, offset: number): number {
  let lo = 0;
  let hi = p.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((p.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return p.nos[lo] ?? 0;
}

/** Original lines covering text[start, end). */
export function spanIn(p: Passage, start: number, end: number): Lines {
  const first = lineAt(p, Math.max(0, start));
  const last = lineAt(p, Math.max(start, end - 1));
  return first === last ? [first] : [first, last];
}

/** Splits text at the given separators outside brackets and 《》; yields [start, end) pairs. */
export function splitTopLevel(text: string, separators: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  if (text.length > from) out.push([from, text.length]);
  return out;
}

const OPEN = '（(《〈〔[［【“';
const CLOSE = '）)》〉〕]］】”';

/** Drops bracketed stretches (any depth) from text. */
export function withoutBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if ('（(〔[［【'.includes(ch)) depth++;
    else if ('）)〕]］】'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}
