// Logical blocks for task parsing: physical lines with markdown stripped,
// re-joined where the PDF conversion broke a sentence or a unit list.
import type { Line } from '../../location';
import { ROLE_LABEL, startsItem } from './numbering';

export interface Block {
  text: string;
  parts: Line[];
  /** A TAB-separated table row. */
  table: boolean;
  /** Brackets opened and not yet closed at the end of the text. */
  open: number;
}

/** A line that can only be the end of a unit name broken by the conversion. */
const NAME_TAIL = /^(?:人民政府|政府|委员会|办公室|管理局|局|委|办|中心)(?:[、，,；;。]|$)/;
const TERMINAL = /[。！？!?；;：:]$/;
const NARROW_MEDIAN = 32;

/** Strips markdown markers and conversion noise from one physical line. */
export function cleanLine(text: string): string {
  let s = text.includes('\u3000') ? text.replace(/\u3000/g, ' ') : text;
  if (/[#*<-]/.test(s))
    s = s
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/^\s*[-*]\s+(?=\S)/, '')
      .replace(/\*\*/g, '')
      .replace(/<\/?su[bp]>/g, '');
  // letter-spaced labels: 牵 头 单 位：
  const spaced = /^\s*[\u4e00-\u9fa5](?: [\u4e00-\u9fa5]){2,5}\s*(?=[：:])/.exec(s);
  if (spaced) s = spaced[0].replace(/\s+/g, '') + s.slice(spaced[0].length);
  if (s.includes('and')) s = s.replace(/(?<=[\u4e00-\u9fa5])[ \t]{1,3}and[ \t]{1,3}(?=[\u4e00-\u9fa5])/g, '和');
  return s.trimEnd();
}

export function toBlocks(lines: readonly Line[]): Block[] {
  const narrow = medianLength(lines) <= NARROW_MEDIAN;
  const blocks: Block[] = [];
  let cur: Block | null = null;
  for (const line of lines) {
    const raw = cleanLine(line.text);
    const text = raw.includes('\t') ? raw : raw.trim();
    if (text.trim() === '') continue;
    const part = { no: line.no, text };
    if (cur && !cur.table && !text.includes('\t') && continues(cur, text, narrow)) {
      cur.text += text;
      cur.parts.push(part);
      cur.open = openBrackets(text, cur.open);
    } else {
      cur = { text, parts: [part], table: text.includes('\t'), open: openBrackets(text, 0) };
      blocks.push(cur);
    }
  }
  return blocks;
}

function continues(prev: Block, next: string, narrow: boolean): boolean {
  if (startsItem(next) || ROLE_LABEL.test(next)) return false;
  const p = prev.text;
  if (/[、，,（(]$/.test(p) || (prev.open > 0 && prev.parts.length < 8)) return true;
  if (prev.parts.length === 1 && ROLE_LABEL.test(p) && ROLE_LABEL.exec(p)?.[0].length === p.length) return true; // value on the next line
  if (TERMINAL.test(p) || /[。；;][)）〕\]]$/.test(p)) return false;
  const lastPart = prev.parts[prev.parts.length - 1]?.text ?? '';
  if (ROLE_LABEL.test(p)) return (!endsWithWholeUnit(p) || NAME_TAIL.test(next)) && continuesList(next);
  return narrow || lastPart.length >= 30 || /[。；;]/.test(lastPart);
}

/** The list's last item reads as a whole unit name (2+ characters ending in a unit word). */
function endsWithWholeUnit(text: string): boolean {
  const p = text.slice(-60);
  const last = p.slice(Math.max(p.lastIndexOf('、'), p.lastIndexOf('，'), p.lastIndexOf(','), p.lastIndexOf('：'), p.lastIndexOf(':')) + 1);
  return last.length >= 3 && /[局委办院队站会心室部司行府区团社位厅处署]$/.test(last);
}

/** A line that reads as the rest of a unit list: short, or 、-separated, no full stop inside. */
function continuesList(next: string): boolean {
  if (/。/.test(next.slice(0, -1))) return false;
  return next.length <= 40 || /[、，,]/.test(next);
}

const OPENERS = new Set([0xff08, 0x28, 0x3014, 0x5b]); // （ ( 〔 [
const CLOSERS = new Set([0xff09, 0x29, 0x3015, 0x5d]); // ） ) 〕 ]

function openBrackets(s: string, from: number): number {
  let d = from;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (OPENERS.has(c)) d++;
    else if (d > 0 && CLOSERS.has(c)) d--;
  }
  return d;
}

/** Median length of the non-blank lines (a histogram: no sorting, no copies). */
function medianLength(lines: readonly Line[]): number {
  const CAP = 400;
  const hist = new Uint32Array(CAP + 1);
  let n = 0;
  for (const l of lines) {
    const len = l.text.length;
    if (len === 0 || l.text.trim() === '') continue;
    hist[Math.min(len, CAP)]! += 1;
    n++;
  }
  let seen = 0;
  for (let len = 0; len <= CAP; len++) {
    seen += hist[len]!;
    if (seen * 2 > n) return len;
  }
  return 0;
}
