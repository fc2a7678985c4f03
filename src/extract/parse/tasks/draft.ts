// A task as found by one layout rule, before its units are resolved.
import { spanOf } from '../../location';
import type { Lines } from '../../types';
import type { Block } from './blocks';
import { numberingOf } from './numbering';
import type { RawRoles } from './roles';

export interface Draft {
  number: string | null;
  text: string;
  roles: RawRoles;
  lines: Lines;
  /** The wording that identifies a repeat of this task (defaults to `text`). */
  key?: string;
}

/** A draft from consecutive blocks [from, to) plus the label blocks ending at `last`. */
export function draftFromBlocks(blocks: readonly Block[], from: number, to: number, last: number, roles: RawRoles): Draft {
  const body = blocks.slice(from, to);
  const text = body.map((b) => b.text).join('');
  const first = blocks[from] as Block;
  const end = blocks[last] as Block;
  return {
    number: numberingOf(first.text)?.label ?? null,
    text,
    roles,
    lines: spanOf([...first.parts, ...end.parts]),
  };
}

/** Lines of a stretch [start, end) of a block's text (binary search over part offsets). */
export function linesOfStretch(block: Block, start: number, end: number): Lines {
  const offsets = partOffsets(block);
  const first = Math.max(0, upperBound(offsets, start) - 1);
  const last = Math.max(first, upperBound(offsets, Math.max(start, end - 1)) - 1);
  return spanOf([block.parts[first]!, block.parts[Math.min(last, block.parts.length - 1)]!]);
}

const OFFSETS = new WeakMap<Block, number[]>();

function partOffsets(block: Block): number[] {
  let offsets = OFFSETS.get(block);
  if (!offsets) {
    offsets = [];
    let at = 0;
    for (const p of block.parts) {
      offsets.push(at);
      at += p.text.length;
    }
    OFFSETS.set(block, offsets);
  }
  return offsets;
}

/** The number of offsets ≤ x. */
function upperBound(offsets: number[], x: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
