// The numbered outline of a document body: which passages open an item
// (一、 （一） 1. （1） ①), at which style, and the item's heading.
import type { Passage } from './passage';

export type Style = 'l1' | 'l2' | 'l3' | 'l4' | 'l5';

export interface Item {
  style: Style;
  /** Index of the passage that opens the item. */
  at: number;
  /** The text after the enumerator up to the first 。；： (the item's own heading); '' when there is none. */
  heading: string;
  /** Offset in the passage where the heading ends. */
  headingEnd: number;
}

const ENUMERATORS: Array<[RegExp, Style]> = [
  [/^[一二三四五六七八九十百]{1,4}[、．.]/, 'l1'],
  [/^[（(][一二三四五六七八九十百]{1,4}[）)][、，,]?/, 'l2'],
  [/^\d{1,3}(?:[\.．、](?!\d)|[)）])/, 'l3'],
  [/^[（(]\d{1,3}[）)]/, 'l4'],
  [/^[①-⑳]/, 'l5'],
];
const MAX_HEADING = 60;

export function itemOf(p: Passage, at: number): Item | null {
  for (const [re, style] of ENUMERATORS) {
    const m = re.exec(p.text);
    if (!m) continue;
    const rest = p.text.slice(m[0].length, m[0].length + MAX_HEADING + 1);
    const stop = rest.search(/[。；;：:！]/);
    const long = stop < 0 && p.text.length - m[0].length > MAX_HEADING;
    const heading = long ? '' : (stop < 0 ? rest : rest.slice(0, stop)).replace(/[，,、]+$/, '');
    return { style, at, heading, headingEnd: m[0].length + heading.length };
  }
  return null;
}

export function outlineOf(passages: readonly Passage[]): Item[] {
  const out: Item[] = [];
  passages.forEach((p, i) => {
    const item = itemOf(p, i);
    if (item) out.push(item);
  });
  return out;
}
