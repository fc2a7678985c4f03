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

/**
 * A heading the layout broke before its full stop ((三)实施…筑基 / 行动。认真…)
 * continues into the next passage when that one is neither an item nor a label.
 */
function continued(item: Item, p: Passage, next: Passage | undefined): Item {
  if (!next || !item.heading || STOP.test(p.text) || itemOf(next, item.at + 1) || LABEL.test(next.text)) return item;
  const stop = next.text.search(STOP);
  if (stop <= 0 || item.heading.length + stop > MAX_HEADING) return item;
  const first = item.lines[0];
  const last = spanIn(next, 0, stop);
  return { ...item, heading: item.heading + next.text.slice(0, stop), lines: [first, last[last.length - 1] ?? first] };
}

export function outlineOf(passages: readonly Passage[]): Item[] {
  const out: Item[] = [];
  passages.forEach((p, i) => {
    const item = itemOf(p, i);
    if (item) out.push(continued(item, p, passages[i + 1]));
  });
  return out;
}
