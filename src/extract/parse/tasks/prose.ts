// Tasks stated in prose: a clause whose subject is a named unit (or a list
// of them) with 牵头 or 负责: `由X牵头…`, `X负责…`, `X、Y负责…`. Not tasks:
// generic bodies (…部门, 各有关部门), leading groups and their offices,
// interpretation clauses (负责解释), 负责人, and the articles of a
// regulation (from its first 第X条 on).
import type { Block } from './blocks';
import { linesOfStretch, type Draft } from './draft';
import { numberingOf } from './numbering';
import { emptyRaw } from './roles';

/** Subject + role verb after a clause boundary; bounded, so linear. */
const CLAUSE = /(?:^|[。；;，,：:])\s*(由)?([\u4e00-\u9fa5“”（）()、]{2,50}?)(?:全面|具体|统一|主要)?(牵头|负责)(?![人单部同])/g;
const SENTENCE_END = /[。；;]/;
/** `，Y配合` right after `X牵头` / `X负责`. */
const COOPERATING = /^[，,]\s*([\u4e00-\u9fa5“”（）()、]{2,40}?)(?:积极|共同|协同)?(?:配合|参与)/;
const UNIT_END = /[局委办院队站会心室部司行府团社区场厅处署]$/;
const NOT_A_SUBJECT = /部门$|领导小组|专人|负责人|同志|[要对的在将按把向从以为并应可]|^(?:本|该|其|各有关|有关)/;

interface Hit {
  start: number;
  subjectEnd: number;
  subject: string;
  role: 'leads' | 'responsible';
  /** Kinds of body given the same work later in the sentence (…，各县（市）区负责…). */
  also: string[];
}

export function proseTasks(blocks: readonly Block[], taken: ReadonlySet<number>, jurisdiction = ''): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (numberingOf(b.text)?.level === 'article') break;
    if (b.table || taken.has(i)) continue;
    out.push(...clauseTasks(b, jurisdiction));
  }
  return out;
}

function clauseTasks(b: Block, jurisdiction: string): Draft[] {
  const hits = findHits(b.text, jurisdiction);
  return hits.map((h, k) => {
    const prevEnd = k > 0 ? (hits[k - 1] as Hit).subjectEnd : 0;
    const sentenceStart = lastSentenceEnd(b.text, h.start) + 1;
    const from = Math.max(prevEnd > sentenceStart ? h.start : sentenceStart, 0);
    const next = hits[k + 1];
    const stop = nextSentenceEnd(b.text, h.subjectEnd);
    const to = next && next.start < stop ? next.start : stop;
    const roles = emptyRaw();
    roles[h.role].push(h.subject);
    roles.responsible.push(...h.also);
    const co = COOPERATING.exec(b.text.slice(h.subjectEnd, h.subjectEnd + 60));
    if (co && isSubject(co[1] as string)) roles.cooperating.push(co[1] as string);
    // `…。市发改委牵头，市财政局配合。` names the roles of what was said before it
    const rest = b.text.slice(h.subjectEnd + (co ? co[0].length : 0), to);
    // the first role clause of a numbered item also takes the item's heading sentence
    const headed = k === 0 && from <= 40 && numberingOf(b.text) !== null;
    const start = (/^[\s。；;，,）)]*$/.test(rest) && k === 0) || headed ? 0 : from;
    return {
      number: start === 0 ? (numberingOf(b.text)?.label ?? null) : null,
      text: b.text.slice(start, to).replace(/^[，,；;。：:\s]+/, ''),
      roles,
      lines: linesOfStretch(b, start, to),
    };
  });
}

function findHits(text: string, jurisdiction: string): Hit[] {
  const hits: Hit[] = [];
  const quoted = insideQuotes(text);
  for (const m of text.matchAll(CLAUSE)) {
    const subject = subjectOf(m[2] as string, jurisdiction);
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
    const kind = subjectKind(subject);
    if (kind === null || /^[^。；;，,]{0,12}解释/.test(after) || quoted((m.index ?? 0) + m[0].length)) continue;
    const start = (m.index ?? 0) + (/^[。；;，,：:]/.test(m[0]) ? 1 : 0);
    const prev = hits[hits.length - 1];
    if (kind === 'group') {
      if (prev && !SENTENCE_END.test(text.slice(prev.subjectEnd, start))) prev.also.push(subject);
      continue;
    }
    hits.push({ start, subjectEnd: (m.index ?? 0) + m[0].length, subject, role: m[3] === '牵头' ? 'leads' : 'responsible', also: [] });
  }
  return hits;
}

/**
 * Whether a position is inside “…”: a duty quoted there is the wording of an
 * article (将第五条修改为：“市城管局负责…”), not an assignment. A quoted name
 * before the verb (“一网通办”专班负责) is closed by then.
 */
function insideQuotes(text: string): (at: number) => boolean {
  if (!text.includes('“')) return () => false;
  const depth = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    depth[i + 1] = (depth[i] ?? 0) + (c === '“' ? 1 : c === '”' && (depth[i] ?? 0) > 0 ? -1 : 0);
  }
  return (at) => (depth[Math.min(at, text.length)] ?? 0) > 0;
}

/** The unit list before 牵头/负责: after a leading numbering and the last 由. */
function subjectOf(raw: string, jurisdiction: string): string {
  const n = numberingOf(raw);
  const s = n ? raw.slice(n.length) : raw;
  const k = s.lastIndexOf('由');
  // an opening quote goes unless it is closed within the subject (“一网通办”专班)
  const t = (k >= 0 ? s.slice(k + 1) : s).replace(/^[（(]+/, '').replace(/^“(?![^”]*”)/, '').replace(/^(?:并|再|同时)/, '');
  // X商Y负责 / X会同Y牵头: X is responsible (or leads), Y is consulted
  const consult = /(?<=[局委办院室心会厅处])(?:商|会同)(?=[\u4e00-\u9fa5])/.exec(t);
  const u = consult ? t.slice(0, consult.index) : t;
  // 下属事业单位银川市建设用地服务中心: the unit starts at its place name
  const city = jurisdiction.slice(0, jurisdiction.search(/[市县]/) + 1);
  const at = city.length >= 3 ? u.indexOf(city) : -1;
  return at > 0 ? u.slice(at) : u;
}

/** 'unit' for named units, 'group' for kinds of body (各县（市）区), else null. */
function subjectKind(s: string): 'unit' | 'group' | null {
  if (NOT_A_SUBJECT.test(s)) return null;
  const items = s.split(/[、及]/).filter(Boolean);
  const named = items.length > 0 && items.every((x) => x.length >= 2 && x.length <= 25 && UNIT_END.test(x.replace(/[）)]$/, '')));
  if (!named) return null;
  return items.every((x) => /^[各全]/.test(x)) ? 'group' : 'unit';
}

function isSubject(s: string): boolean {
  return subjectKind(s) === 'unit';
}

/** Sentence bounds are looked for within this many characters (keeps it linear). */
const REACH = 400;

function lastSentenceEnd(text: string, before: number): number {
  for (let i = before - 1; i >= 0 && i >= before - REACH; i--) if (SENTENCE_END.test(text[i] as string)) return i;
  return Math.max(-1, before - REACH - 1);
}

function nextSentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length && i < from + REACH; i++) if (SENTENCE_END.test(text[i] as string)) return i + 1;
  return Math.min(text.length, from + REACH);
}
