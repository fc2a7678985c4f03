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
  return last.length >= 3 && /[局委办院队站会心室部司行府区团社位]$/.test(last);
}

/** A line that reads as the rest of a unit list: short, or 、-separated, no full stop inside. */
function continuesList(next: string): boolean {
  if (/。/.test(next.slice(0, -1))) return false;
  return next.length <= 40 || /[、，,]/.test(next);
}

function openBrackets(s: string, from: number): number {
  let d = from;
  for (const c of s) {
    if (c === '（' || c === '(' || c === '〔' || c === '[') d++;
    else if (c === '）' || c === ')' || c === '〕' || c === ']') d = Math.max(0, d - 1);
  }
  return d;
}

function medianLength(lines: readonly Line[]): number {
  const lens = lines.map((l) => l.text.trim().length).filter((n) => n > 0);
  if (lens.length === 0) return 0;
  lens.sort((a, b) => a - b);
  return lens[Math.floor(lens.length / 2)] as number;
}
