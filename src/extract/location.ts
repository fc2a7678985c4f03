// Provenance has one home: every stage reports positions as 1-based line
// numbers of the ORIGINAL input file, carried on these records.
import type { Lines } from './types';

/** One physical line of the input after normalisation, with its original number. */
export interface Line {
  no: number;
  text: string;
}

/** Consecutive lines joined into one logical unit (a paragraph, a list item). */
export interface Paragraph {
  text: string;
  parts: Line[];
}

export function spanOf(parts: readonly { no: number }[]): Lines {
  const first = parts[0]?.no ?? 0;
  const last = parts[parts.length - 1]?.no ?? first;
  return first === last ? [first] : [first, last];
}

export function mergeSpans(a: Lines, b: Lines): Lines {
  const first = Math.min(a[0], b[0]);
  const last = Math.max(a[a.length - 1] ?? a[0], b[b.length - 1] ?? b[0]);
  return first === last ? [first] : [first, last];
}
