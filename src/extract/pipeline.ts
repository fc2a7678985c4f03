// Composes the stages: decode → normalise → segment → parse by genre →
// resolve entities → emit. Each stage is its own module; nothing else here.
import { createHash } from 'node:crypto';
import { decode } from './decode';
import { emit, emptyFacts } from './emit';
import { normalise } from './normalise';
import { GENRE_PARSERS } from './parse';
import { buildUnitResolver } from './resolve';
import { segment } from './segment';
import type { Decoded, Normalised, ParseContext, Segmented, UnitResolver } from './stages';
import type { DocumentFacts, Extraction, Warning } from './types';

export interface ExtractOptions {
  /** Shown in source.path. */
  path: string;
}

export type StageName = 'decode' | 'normalise' | 'segment' | 'parse' | 'emit';
export const STAGES: readonly StageName[] = ['decode', 'normalise', 'segment', 'parse', 'emit'];

export interface StageOutputs {
  decode: Decoded;
  normalise: Normalised;
  segment: Segmented;
  parse: { segmented: Segmented; facts: DocumentFacts[]; warnings: Warning[] };
  emit: Extraction;
}

/** Runs the pipeline up to and including `stop`, returning that stage's output. */
export function runStages<S extends StageName>(input: Uint8Array, options: ExtractOptions, stop: S): StageOutputs[S] {
  const out: Partial<StageOutputs> = {};
  out.decode = decode(input);
  if (stop === 'decode') return out.decode as StageOutputs[S];
  out.normalise = normalise(out.decode.text);
  if (stop === 'normalise') return out.normalise as StageOutputs[S];
  out.segment = segment(out.normalise);
  if (stop === 'segment') return out.segment as StageOutputs[S];
  out.parse = parseAll(out.normalise, out.segment);
  if (stop === 'parse') return out.parse as StageOutputs[S];
  const source = { path: options.path, sha256: createHash('sha256').update(input).digest('hex') };
  return emit({ source, ...out.parse }) as StageOutputs[S];
}

export function extract(input: Uint8Array, options: ExtractOptions): Extraction {
  return runStages(input, options, 'emit');
}

/** The unit resolver is built on first use: a file without documents never pays for it. */
function lazyResolver(normalised: Normalised): UnitResolver {
  let built: UnitResolver | null = null;
  const get = () => (built ??= buildUnitResolver(normalised.lines));
  return { unit: (m, j) => get().unit(m, j), list: (t, j) => get().list(t, j) };
}

/** Runs every registered genre parser on every document; a failing parser becomes a warning. */
function parseAll(normalised: Normalised, segmented: Segmented): StageOutputs['parse'] {
  const warnings: Warning[] = [...(segmented.warnings ?? [])];
  const ctx: ParseContext = { units: lazyResolver(normalised), warn: (w) => warnings.push(w) };
  const facts = segmented.documents.map((doc) => {
    const f = emptyFacts();
    for (const parser of GENRE_PARSERS) {
      try {
        const found = parser.parse(doc, ctx);
        for (const key of Object.keys(f) as (keyof DocumentFacts)[]) {
          const items = found[key];
          if (items) (f[key] as unknown[]).push(...items);
        }
      } catch (err) {
        warnings.push({ reason: `${parser.name} parser failed: ${(err as Error)?.message ?? String(err)}`, line: doc.meta.lines[0], rule: `parse.${parser.name}` });
      }
    }
    return f;
  });
  return { segmented, facts, warnings };
}
