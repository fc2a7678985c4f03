// What a document does to earlier documents: repeals them (a decision to
// 废止), replaces them (…同时废止, 原…停止执行, 不再执行) or amends them
// (修改/修订 an earlier one). One record per earlier document.
import { docNumberKey } from './refs/docnumber';
import { findReferences, type CitedRef } from './refs/cited';
import { passageOf, passagesOf, spanIn, splitTopLevel, type Passage } from './refs/passage';
import { repealRows } from './refs/rows';
import type { DocumentSegment, GenreParser } from '../stages';
import type { Supersession, SupersessionRelation } from '../types';

/** A document whose purpose is to repeal (关于废止…的决定, 废止和宣布失效部分文件). */
const REPEAL_TITLE = /废止|宣布失效|失效的|清理结果/;
const AMEND_TITLE = /关于修改|修正案|关于修订/;
const REPLACES = /同时废止|同时停止执行|同时失效|同时作废|停止执行|不再执行|自行废止|予以废止|废止/g;
const AMENDS_ISSUED = /(?:新|重新)?修订(?:后)?的?(?=《)/g;
const AMENDS_DIRECT = /(?:作|作出|进行)如下(?:修改|修订|修正)|(?:修改|修订|修正)如下/;
const BASIS = /(?:根据|依据|按照|参照|贯彻|落实|结合)[^，,；;]{0,6}$/;
const PROMULGATION = /^[，,]?(?:已经|经)[^。]{0,60}(?:通过|同意)[^。]{0,10}(?:现予公布|予以公布|现予发布|现予印发)/;
const MAX_SENTENCE = 3000;
const TRIGGER = /废止|停止执行|不再执行|失效|作废|修订|修改|修正/;
/** What a clean-up decision says of documents it keeps. */
const KEEPS = /继续有效|保留|继续执行/;

const normTitle = (t: string) => t.replace(/[《》〈〉“”"（）()、，,\s]/g, '');

interface State {
  doc: DocumentSegment;
  out: Supersession[];
  seen: Map<string, Supersession>;
}

function keep(s: State, relation: SupersessionRelation, ref: CitedRef, p: Passage, end: number): void {
  const title = ref.title ? ref.title.replace(/\s+/g, '') : null;
  if (title && normTitle(title) === normTitle(s.doc.meta.title)) return;
  if (ref.docNumber && s.doc.meta.docNumber && docNumberKey(ref.docNumber) === docNumberKey(s.doc.meta.docNumber)) return;
  const byNumber = ref.docNumber ? `N:${docNumberKey(ref.docNumber)}` : null;
  const byTitle = title ? `T:${normTitle(title)}` : null;
  const earlier = (byNumber && s.seen.get(byNumber)) || (byTitle && s.seen.get(byTitle));
  if (earlier) {
    earlier.docNumber ??= ref.docNumber; // the same document cited once without its number
    if (earlier.relation === 'amends' && relation !== 'amends') earlier.relation = relation; // 原《X》同时废止 says more
    if (byNumber) s.seen.set(byNumber, earlier);
    return;
  }
  if (!byNumber && !byTitle) return;
  const record: Supersession = { relation, docNumber: ref.docNumber, title, lines: spanIn(p, ref.start, Math.max(end, ref.end)) };
  s.out.push(record);
  for (const k of [byNumber, byTitle]) if (k) s.seen.set(k, record);
}

/** Refs cited as a basis (根据《A》《B》和《C》…), not as targets. */
function bases(text: string, refs: CitedRef[]): Set<CitedRef> {
  const out = new Set<CitedRef>();
  let prev: CitedRef | null = null;
  for (const r of refs) {
    const chained = prev && out.has(prev) && /^[、和及与，,]*$/.test(text.slice(prev.end, r.start));
    if (chained || BASIS.test(text.slice(Math.max(0, r.start - 12), r.start))) out.add(r);
    prev = r;
  }
  return out;
}

const GENRE_END = /(?:办法|规定|细则|条例|制度|措施|规则|标准|规划|通告|纲要|计划|意见|通知|决定|方案|批复|公告)(?:（[^）]{1,8}）)?$/;

/** The title printed before a number in a list without 《》 (1. 某市甲管理办法（某政发〔2010〕5号）). */
function listedTitle(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 80), start).replace(/[（(]$/, '');
  const cut = Math.max(...['。', '；', ';', '：', ':', '，', ',', '、'].map((c) => before.lastIndexOf(c)));
  const title = before.slice(cut + 1).replace(/^(?:\d{1,3}[\.．、]?|[（(]\d{1,3}[）)])/, '');
  return title.length >= 4 && GENRE_END.test(title) ? title : null;
}

/** What a section of a repeal or clean-up decision does to the documents it lists; null to keep them. */
function sectionRelation(heading: string): SupersessionRelation | null {
  if (KEEPS.test(heading)) return null;
  return /修改|修订|修正/.test(heading) ? 'amends' : 'repeals';
}

/** Refs a text amends directly: `对《X》…作如下修改`, the ref followed by 修改/修订/修正. */
function amendedIn(text: string): (ref: CitedRef) => boolean {
  if (!AMENDS_DIRECT.test(text)) return () => false;
  return (ref) => /修改|修订|修正/.test(text.slice(ref.end, ref.end + 30));
}

/** Refs in a clause that keeps its documents (…继续有效, 予以保留) rather than repealing them. */
function keptByClause(text: string): (ref: CitedRef) => boolean {
  if (!KEEPS.test(text)) return () => false;
  const kept = splitTopLevel(text, '；;。').filter(([a, b]) => KEEPS.test(text.slice(a, b)) && !/废止|失效/.test(text.slice(a, b)));
  return (ref) => kept.some(([a, b]) => ref.start >= a && ref.end <= b);
}

/** In a repeal decision every document named in the body is repealed, bases, kept ones and the decision itself aside. */
function repealDecision(s: State, passages: Passage[]): void {
  let relation: SupersessionRelation | null = 'repeals';
  const rows = new Map(repealRows(s.doc.lines, s.doc.jurisdiction).map((r) => [r.passage.nos[0], r]));
  for (const p of passages) {
    if (/^[一二三四五六七八九十]+、|^第[一二三四五六七八九十]+[部分]|^[（(][一二三四五六七八九十]+[）)]/.test(p.text) && p.text.length < 60) {
      relation = sectionRelation(p.text.slice(0, 30));
    }
    if (!relation) continue;
    if (p.tabular) {
      for (const no of p.nos) {
        const row = rows.get(no);
        if (row) keep(s, relation, row.ref, row.passage, row.ref.end);
      }
      continue;
    }
    const refs = findReferences(p.text, s.doc.jurisdiction);
    const basis = bases(p.text, refs);
    const kept = keptByClause(p.text);
    // an item of a 废止和修改 decision that amends its document (对《X》作如下修改)
    const amends = amendedIn(p.text);
    for (const ref of refs) {
      if (basis.has(ref) || kept(ref) || PROMULGATION.test(p.text.slice(ref.end, ref.end + 80))) continue;
      keep(s, amends(ref) ? 'amends' : relation, { ...ref, title: ref.title ?? listedTitle(p.text, ref.start) }, p, ref.end);
    }
  }
}

/** 同时废止《A》（…）、《B》（…）: refs that follow the trigger directly, chained by 、和及. */
function refsAfter(refs: CitedRef[], text: string, end: number): CitedRef[] {
  const out: CitedRef[] = [];
  let from = end;
  for (const r of refs) {
    if (r.start < from) continue;
    if (!/^(?:以下|下列)?(?:文件)?[、和及与：:原]*$/.test(text.slice(from, r.start))) break;
    out.push(r);
    from = r.end;
  }
  return out;
}

/** Refs the trigger at `at` applies to: those of its clause, else of the clause before. */
function targetsBefore(refs: CitedRef[], text: string, at: number): CitedRef[] {
  const clauses = splitTopLevel(text.slice(0, at), '，,；;：:');
  for (let i = clauses.length - 1; i >= Math.max(0, clauses.length - 2); i--) {
    const [a, b] = clauses[i] ?? [0, 0];
    const basis = bases(text, refs);
    const found = refs.filter((r) => r.start >= a && r.end <= b + 1 && !basis.has(r));
    if (found.length) return found;
  }
  return [];
}

function sentence(s: State, p: Passage, from: number, to: number): void {
  const text = p.text.slice(from, to);
  if (!TRIGGER.test(text)) return;
  const refs = findReferences(text, s.doc.jurisdiction);
  if (!refs.length) return;
  const shift = (r: CitedRef): CitedRef => ({ ...r, start: r.start + from, end: r.end + from });
  for (const m of text.matchAll(REPLACES)) {
    const at = m.index ?? 0;
    const after = refsAfter(refs, text, at + m[0].length);
    const targets = after.length ? after : targetsBefore(refs, text, at);
    for (const r of targets) keep(s, 'replaces', shift(r), p, from + at + m[0].length);
  }
  for (const m of text.matchAll(AMENDS_ISSUED)) {
    const at = (m.index ?? 0) + m[0].length;
    const ref = refs.find((r) => r.start === at);
    if (ref && /印发|发布|公布/.test(text.slice(ref.end))) keep(s, 'amends', shift(ref), p, from + ref.end);
  }
  const amends = amendedIn(text);
  for (const r of refs) if (amends(r)) keep(s, 'amends', shift(r), p, from + r.end);
}

export const supersessionsParser: GenreParser = {
  name: 'supersessions',
  parse(doc) {
    const s: State = { doc, out: [], seen: new Map() };
    const ownTitle = normTitle(doc.meta.title);
    // the title's own lines are not a citation of it (a line longer than the title cannot be one)
    const isTitleLine = (p: Passage) => p.text.length <= doc.meta.title.length + 8 && ownTitle.includes(normTitle(p.text));
    const passages = passagesOf(doc.paragraphs).filter((p) => !isTitleLine(p));
    const title = doc.meta.title.replace(/\s+/g, '');
    if (REPEAL_TITLE.test(title)) {
      repealDecision(s, passages);
      return { supersedes: s.out };
    }
    if (AMEND_TITLE.test(title)) {
      const own = passageOf([{ no: doc.meta.lines[0], text: title }]);
      for (const ref of findReferences(own.text, doc.jurisdiction)) keep(s, 'amends', ref, own, ref.end);
    }
    for (const p of passages) {
      if (!TRIGGER.test(p.text)) continue;
      for (const [a, b] of splitTopLevel(p.text, '。')) if (b - a <= MAX_SENTENCE) sentence(s, p, a, b);
    }
    return { supersedes: s.out };
  },
};
