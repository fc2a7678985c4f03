// Tasks stated in prose: 由X牵头…, X负责…, X牵头… where X is a named unit.
import type { Block } from './blocks';
import type { Draft } from './draft';

export function proseTasks(_blocks: readonly Block[], _taken: ReadonlySet<number>, _docType: string | null): Draft[] {
  return [];
}
