// Stage 3, segment: normalised lines → the gazette's masthead and contents
// plus the documents printed in full, each with its metadata, jurisdiction,
// lines and paragraphs. A file without a masthead (one document, or a
// scrambled issue) gives `gazette: null`.
import type { Line } from '../location';
import { toParagraphs } from '../normalise';
import type { DocumentSegment, Normalised, Segmented } from '../stages';
import type { ContentsEntry, GazetteInfo, Warning } from '../types';
import { contentsStart, parseContents } from './contents';
import { documentMeta } from './document';
import { extents } from './extent';
import { findHeads, type Head } from './heads';
import { parseMasthead } from './masthead';
import { jurisdictionOf, jurisdictionOfAll } from './organs';
import { lonelyHead } from './single';
import { compact, endsWithGenre } from './text';

export function segment(normalised: Normalised): Segmented {
  const lines = normalised.lines;
  let heads = findHeads(lines);
  const firstHead = heads.length ? (heads[0] as Head).first : Math.min(lines.length, 200);
  const contents = contentsStart(lines.slice(0, firstHead)) >= 0 ? parseContents(lines, firstHead) : [];
  heads = [...heads, ...unnumberedHeads(lines, contents, heads)].sort((a, b) => a.first - b.first);
  if (heads.length === 0) heads = lonelyHead(lines);
  const frontEnd = heads.length ? (heads[0] as Head).first : Math.min(lines.length, 200);
  const masthead = parseMasthead(lines.slice(0, frontEnd));
  const gazette: GazetteInfo | null = masthead ? { ...masthead, ...(contents.length ? { contents } : {}) } : null;
  const stops = backMatter(lines, frontEnd, contents);
  const pageStarts = new Set((normalised.indented ?? []).map((no) => no - 1));
  const documents = extents(lines, heads, stops, pageStarts).map((extent): DocumentSegment => {
    const meta = documentMeta(lines, extent, contents);
    const own = extent.indices.map((i) => lines[i] as Line);
    return { meta, jurisdiction: jurisdictionOfAll(meta.issuers.map((o) => o.name)) ?? '', lines: own, paragraphs: toParagraphs(own) };
  });
  const qualify = districtQualifier(lines);
  const jurisdiction = qualify((gazette?.name ? jurisdictionOf(gazette.name) : null) ?? mostCommon(documents.map((d) => d.jurisdiction)));
  for (const d of documents) {
    const bare = d.jurisdiction;
    d.jurisdiction = qualify(d.jurisdiction || jurisdiction) ?? '';
    if (bare && d.jurisdiction !== bare && d.jurisdiction.endsWith(bare)) {
      // 西夏区人民政府 → 银川市西夏区人民政府: a district government by its full name
      for (const o of d.meta.issuers) if (o.name.startsWith(bare)) o.name = d.jurisdiction + o.name.slice(bare.length);
    }
  }
  return { gazette, jurisdiction, documents, warnings: segmentWarnings(contents, documents) };
}

function segmentWarnings(contents: readonly ContentsEntry[], documents: readonly DocumentSegment[]): Warning[] {
  const printed = new Set(documents.map((d) => d.meta.docNumber));
  const warnings: Warning[] = [];
  for (const e of contents) {
    if (e.docNumber && !printed.has(e.docNumber) && !documents.some((d) => d.meta.title === e.title)) {
      warnings.push({ reason: `listed in the contents but not printed: ${e.docNumber}`, line: e.lines[0], rule: 'segment.contents-not-printed' });
    }
  }
  for (const d of documents) {
    if (d.meta.issuedOn === null) warnings.push({ reason: `no signature date found for ${d.meta.docNumber ?? d.meta.title}`, line: d.meta.lines[0], rule: 'segment.no-date' });
  }
  return warnings;
}

/**
 * Documents without a number that the contents list (a government work
 * report, say): an entry whose title ends with a genre word, printed as a
 * heading after the contents. Other unnumbered entries are back matter.
 */
function unnumberedHeads(lines: readonly Line[], contents: readonly ContentsEntry[], heads: readonly Head[]): Head[] {
  const from = contents.reduce((n, e) => Math.max(n, e.lines[e.lines.length - 1] ?? 0), 0);
  const out: Head[] = [];
  for (const entry of contents) {
    if (entry.docNumber !== null || !endsWithGenre(entry.title)) continue;
    for (let i = from; i < lines.length; i++) {
      const text = (lines[i] as Line).text;
      if (!text || text.length > 100 || heads.some((h) => h.first <= i && i <= h.last)) continue;
      const t = compact(text);
      if (t.length >= 4 && (t === entry.title || (entry.title.startsWith(t) && /^[—－-]/.test(entry.title.slice(t.length))))) {
        out.push({ titleLines: [lines[i] as Line], numberLine: null, docNumber: null, ordinance: false, first: i, last: i });
        break;
      }
    }
  }
  return out;
}

/**
 * A district is named with its city where the text does so (西夏区 →
 * 银川市西夏区, learnt from `银川市西夏区` in the text); counties and cities
 * stay as they are.
 */
function districtQualifier(lines: readonly Line[]): (j: string | null) => string | null {
  const cache = new Map<string, string>();
  return (j) => {
    if (!j || !j.endsWith('区') || /[市州盟]/.test(j) || j.endsWith('自治区')) return j;
    const hit = cache.get(j);
    if (hit !== undefined) return hit;
    const candidates = new Set<string>();
    const re = new RegExp(`([\\u4e00-\\u9fff]{1,3})([市州盟])${j}`, 'g');
    for (const line of lines) {
      if (!line.text.includes(j)) continue;
      for (const m of line.text.matchAll(re)) {
        const stem = m[1] ?? '';
        for (let n = 1; n <= stem.length; n++) candidates.add(stem.slice(-n) + m[2]);
      }
    }
    const full = cityOf([...candidates].filter((c) => c.length >= 3), lines) + j;
    cache.set(j, full);
    return full;
  };
}

/**
 * Lines where back matter starts (大事记, economic data, the gazette's own
 * 简介): contents entries without a document number, printed as a heading.
 */
function backMatter(lines: readonly Line[], from: number, contents: readonly ContentsEntry[]): Set<number> {
  const titles = new Set(contents.filter((e) => e.docNumber === null && e.title.length >= 2 && !endsWithGenre(e.title)).map((e) => e.title.replace(/^【|】$/g, '')));
  const stops = new Set<number>();
  for (let i = from; i < lines.length; i++) {
    const raw = (lines[i] as Line).text;
    if (!raw || raw.length > 80) continue;
    const t = compact(raw);
    if (titles.has(t) || /^《[^》]{2,30}公报》(?:简介|征订|启事)/.test(t)) stops.add(i);
  }
  return stops;
}

/** The longest candidate city name that occurs (nearly) as often as the most frequent one. */
function cityOf(candidates: readonly string[], lines: readonly Line[]): string {
  const count = (c: string) => lines.reduce((n, l) => n + (l.text.includes(c) ? l.text.split(c).length - 1 : 0), 0);
  const scored = candidates.map((c) => ({ c, n: count(c) }));
  const top = Math.max(0, ...scored.map((x) => x.n));
  const good = scored.filter((x) => x.n >= 0.9 * top).sort((a, b) => b.c.length - a.c.length);
  return good[0]?.c ?? '';
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}
