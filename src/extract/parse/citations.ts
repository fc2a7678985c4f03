// Other documents a body cites by number (根据《…》（宁政发〔2021〕3号）),
// so the graph can link them. What the document repeals, replaces or amends
// is a supersession instead and is left out here.
import { docNumberKey } from './refs/docnumber';
import { findReferences } from './refs/cited';
import { passagesOf, spanIn } from './refs/passage';
import { supersessionsParser } from './supersessions';
import type { GenreParser } from '../stages';
import type { Citation } from '../types';

/** Permit and licence numbers look like document numbers (许受字〔2022〕第03号). */
const NOT_A_DOCUMENT = /字〔|^〔/;

export const citationsParser: GenreParser = {
  name: 'citations',
  parse(doc, ctx) {
    const seen = new Set<string>();
    if (doc.meta.docNumber) seen.add(docNumberKey(doc.meta.docNumber));
    for (const s of supersessionsParser.parse(doc, ctx).supersedes ?? []) if (s.docNumber) seen.add(docNumberKey(s.docNumber));
    const out: Citation[] = [];
    for (const p of passagesOf(doc.paragraphs)) {
      for (const ref of findReferences(p.text, doc.jurisdiction)) {
        if (!ref.docNumber || NOT_A_DOCUMENT.test(ref.docNumber)) continue;
        const key = docNumberKey(ref.docNumber);
        if (seen.has(key) || (!ref.title && [...seen].some((k) => key.endsWith(k)))) continue;
        seen.add(key);
        out.push({ docNumber: ref.docNumber, title: ref.title?.replace(/\s+/g, '') ?? null, lines: spanIn(p, ref.start, ref.end) });
      }
    }
    return { citations: out };
  },
};
