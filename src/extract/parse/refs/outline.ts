// The numbered outline of a document body: which passages open an item
// (一、 （一） 1. （1） ①), at which style, and the item's heading.
import { spanIn, type Passage } from './passage';
import type { Lines } from '../../types';

export type Style = 'l1' | 'l2' | 'l3' | 'l4' | 'l5';

export interface Item {
  style: Style;
  /** Index of the passage that opens the item. */
  at: number;
  /** The text after the enumerator up to the first 。；： (the item's own heading); '' when there is none. */
  heading: string;
  /** Offset in the passage where the heading ends. */
  headingEnd: number;
  /** Original lines of the heading (it may run on into the next passage). */
  lines: Lines;
}

const ENUMERATORS: Array<[RegExp, Style]> = [
  [/^[一二三四五六七八九十百]{1,4}[、．.]/, 'l1'],
  [/^[（(][一二三四五六七八九十百]{1,4}[）)][、，,]?/, 'l2'],
  [/^\d{1,3}(?:[\.．、](?!\d)|[)）])/, 'l3'],
  [/^[（(]\d{1,3}[）)]/, 'l4'],
  [/^[①-⑳]/, 'l5'],
];
const MAX_HEADING = 60;

const STOP = /[。；;：:！]/;
const LABEL = /^[\u4e00-\u9fa5]{2,8}[：:]/;

export function itemOf(p: Passage, at: number): Item | null {
  for (const [re, style] of ENUMERATORS) {
    const m = re.exec(p.text);
    if (!m) continue;
    const rest = p.text.slice(m[0].length, m[0].length + MAX_HEADING + 1);
    const stop = rest.search(STOP);
    const long = stop < 0 && p.text.length - m[0].length > MAX_HEADING;
    const heading = long ? '' : (stop < 0 ? rest : rest.slice(0, stop)).replace(/[，,、]+$/, '');
    const headingEnd = m[0].length + heading.length;
    return { style, at, heading, headingEnd, lines: spanIn(p, 0, headingEnd) };
  }
  return null;
}

/** Share of the usual line width a line must fill to have been broken by the layout rather than ended. */
const FULL_LINE = 0.85;

/** The width most lines of the document fill (the 75th percentile of line lengths): the layout's line width. */
function lineWidth(passages: readonly Passage[]): number {
  const widths: number[] = [];
  for (const p of passages) p.starts.forEach((start, i) => widths.push((p.starts[i + 1] ?? p.text.length) - start));
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.75)] ?? 0;
}

/**
 * A heading the layout broke before its full stop ((三)实施…筑基 / 行动。认真…)
 * continues into the next passage when that one is neither an item nor a label.
 * A heading line shorter than the layout's lines was ended there, not broken
 * (一、老旧小区改造项目 / 改造城镇老旧小区120个。).
 */
function continued(item: Item, p: Passage, next: Passage | undefined, width: number): Item {
  if (!next || !item.heading || STOP.test(p.text) || itemOf(next, item.at + 1) || LABEL.test(next.text)) return item;
  if (p.text.length - (p.starts[p.starts.length - 1] ?? 0) < FULL_LINE * width) return item;
  const stop = next.text.search(STOP);
  if (stop <= 0 || item.heading.length + stop > MAX_HEADING) return item;
  const first = item.lines[0];
  const last = spanIn(next, 0, stop);
  return { ...item, heading: item.heading + next.text.slice(0, stop), lines: [first, last[last.length - 1] ?? first] };
}

export function outlineOf(passages: readonly Passage[]): Item[] {
  const out: Item[] = [];
  const width = lineWidth(passages);
  passages.forEach((p, i) => {
    const item = itemOf(p, i);
    if (item) out.push(continued(item, p, passages[i + 1], width));
  });
  return out;
}
