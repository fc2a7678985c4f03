// Builds a DocumentSegment from hand-written lines for genre-parser tests:
// each string is one physical line (numbered from `first`); a blank string
// separates paragraphs, otherwise consecutive lines form one paragraph.
import type { Line, Paragraph } from '../../../src/extract/location';
import type { DocumentSegment, ParseContext } from '../../../src/extract/stages';
import type { OrgRef } from '../../../src/extract/types';

export function segment(title: string, body: string[], jurisdiction = '银川市', first = 10): DocumentSegment {
  const lines: Line[] = body.map((text, i) => ({ no: first + i, text }));
  const paragraphs: Paragraph[] = [];
  let parts: Line[] = [];
  const flush = () => {
    if (parts.length) paragraphs.push({ text: parts.map((l) => l.text).join(''), parts });
    parts = [];
  };
  for (const l of lines) (l.text.trim() ? parts.push(l) : flush());
  flush();
  return {
    meta: { docNumber: null, title, issuers: [], issuedOn: null, docType: null, section: null, page: null, lines: [first] },
    jurisdiction,
    lines,
    paragraphs,
  };
}

/** A resolver that spells out the jurisdiction, as a stand-in for the real one. */
export function context(): ParseContext {
  const unit = (mention: string, jurisdiction: string): OrgRef => {
    const m = mention.replace(/\s+/g, '');
    const bare = m.replace(/^(省|市|县|区)/, '');
    return { name: m.startsWith(jurisdiction) || /^(中共|国家|中国|宁夏)/.test(m) ? m : jurisdiction + bare, mention: m };
  };
  return {
    units: { unit, list: (text, j) => text.split(/[、，,]/).filter(Boolean).map((s) => unit(s, j)) },
    warn: () => undefined,
  };
}

/** mulberry32: a small seeded PRNG, so mutated inputs repeat. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOISE = [...'《》〈〉（）()〔〕、，。；：任免去拟聘分管联系负责主持同时废止号第年一二三1.（一）实事行动工程\t '];

/**
 * Hostile variants of `body` for a parser: characters dropped, duplicated and
 * inserted at seeded random places, plus the whole body joined into one line
 * repeated up to about `bigChars` characters.
 */
export function hostileBodies(body: string[], cases = 50, bigChars = 500_000, seed = 7): string[][] {
  const rand = prng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const out: string[][] = [];
  for (let c = 0; c < cases; c++) {
    out.push(
      body.map((line) => {
        let s = line;
        for (let k = 0; k < 1 + int(6); k++) {
          const p = int(s.length + 1);
          const op = int(3);
          if (op === 0) s = s.slice(0, p) + s.slice(p + 1 + int(4));
          else if (op === 1) s = s.slice(0, p) + s.slice(p, p + 1 + int(8)).repeat(2) + s.slice(p + 1 + int(8));
          else s = s.slice(0, p) + (NOISE[int(NOISE.length)] ?? '') + s.slice(p);
        }
        return s;
      }),
    );
  }
  const joined = body.join('');
  out.push([joined.repeat(Math.max(1, Math.ceil(bigChars / Math.max(1, joined.length))))]);
  for (const ch of ['《', '（', '王', '、']) out.push([ch.repeat(bigChars / 4)]);
  return out;
}

/** Every `lines` value lies within the body's line numbers (10 … 10 + n − 1). */
export function linesWithin(records: ReadonlyArray<{ lines: number[] }>, count: number, first = 10): boolean {
  return records.every((r) => r.lines.every((n) => n >= first && n < first + count));
}
