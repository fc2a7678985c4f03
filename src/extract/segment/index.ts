// Stage 3, segment: normalised lines → the gazette's masthead and contents
// plus the documents printed in full, each with its metadata, jurisdiction,
// lines and paragraphs. A file without a masthead (one document, or a
// scrambled issue) gives `gazette: null`.
import type { Line } from '../location';
import { toParagraphs } from '../normalise';
import type { DocumentSegment, Normalised, Segmented } from '../stages';
import type { ContentsEntry, GazetteInfo } from '../types';
import { contentsStart, parseContents } from './contents';
import { documentMeta } from './document';
import { extents } from './extent';
import { findHeads, type Head } from './heads';
import { parseMasthead } from './masthead';
import { jurisdictionOf, jurisdictionOfAll } from './organs';
import { lonelyHead } from './single';
import { compact } from './text';

export function segment(normalised: Normalised): Segmented {
  const lines = normalised.lines;
  let heads = findHeads(lines);
  if (heads.length === 0) heads = lonelyHead(lines);
  const frontEnd = heads.length ? (heads[0] as Head).first : Math.min(lines.length, 200);
  const front = lines.slice(0, frontEnd);
  const masthead = parseMasthead(front);
  const contents = contentsStart(front) >= 0 ? parseContents(lines, frontEnd) : [];
  const gazette: GazetteInfo | null = masthead ? { ...masthead, ...(contents.length ? { contents } : {}) } : null;
  const stops = backMatter(lines, frontEnd, contents);
  const documents = extents(lines, heads, stops).map((extent): DocumentSegment => {
    const meta = documentMeta(lines, extent, contents);
    const own = extent.indices.map((i) => lines[i] as Line);
    return { meta, jurisdiction: jurisdictionOfAll(meta.issuers.map((o) => o.name)) ?? '', lines: own, paragraphs: toParagraphs(own) };
  });
  const jurisdiction = (gazette?.name ? jurisdictionOf(gazette.name) : null) ?? mostCommon(documents.map((d) => d.jurisdiction));
  for (const d of documents) if (!d.jurisdiction && jurisdiction) d.jurisdiction = jurisdiction;
  return { gazette, jurisdiction, documents };
}

/**
 * Lines where back matter starts (大事记, economic data, the gazette's own
 * 简介): contents entries without a document number, printed as a heading.
 */
function backMatter(lines: readonly Line[], from: number, contents: readonly ContentsEntry[]): Set<number> {
  const titles = new Set(contents.filter((e) => e.docNumber === null && e.title.length >= 4).map((e) => e.title.replace(/^【|】$/g, '')));
  const stops = new Set<number>();
  for (let i = from; i < lines.length; i++) {
    const raw = (lines[i] as Line).text;
    if (!raw || raw.length > 80) continue;
    const t = compact(raw);
    if (titles.has(t) || /^《[^》]{2,30}公报》(?:简介|征订|启事)/.test(t)) stops.add(i);
  }
  return stops;
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}
