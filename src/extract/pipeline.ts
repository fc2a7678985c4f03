// Composes the stages: decode → normalise → segment → parse by genre →
// resolve entities → emit. Each stage is its own module; nothing else here.
import type { Extraction } from './types';

export interface ExtractOptions {
  /** Shown in source.path. */
  path: string;
}

export function extract(_input: Buffer, _options: ExtractOptions): Extraction {
  throw new Error('not implemented yet');
}
