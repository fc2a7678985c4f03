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

/** Lines of a stretch [start, end) of a block's text. */
export function linesOfStretch(block: Block, start: number, end: number): Lines {
  const parts = [];
  let offset = 0;
  for (const p of block.parts) {
    const next = offset + p.text.length;
    if (next > start && offset < end) parts.push(p);
    offset = next;
  }
  return spanOf(parts.length ? parts : block.parts);
}
