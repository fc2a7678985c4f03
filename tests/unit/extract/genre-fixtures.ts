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
    const bare = m.replace(/^(市|县|区)/, '');
    return { name: m.startsWith(jurisdiction) || /^(中共|国家|中国|宁夏)/.test(m) ? m : jurisdiction + bare, mention: m };
  };
  return {
    units: { unit, list: (text, j) => text.split(/[、，,]/).filter(Boolean).map((s) => unit(s, j)) },
    warn: () => undefined,
  };
}
