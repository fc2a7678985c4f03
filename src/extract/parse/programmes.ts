// Named, itemised sets of programmes and projects: 十件民生实事, 五大工程,
// 六大行动, 提升行动. One record per item, named by the item's heading.
//   二、开展五项提升行动 / （一）青少年科学素质提升行动。…   a counted set
//   1. 实施健康知识普及行动。… (most siblings are 行动/工程)   a run of named actions
//   一、2024年民生实事 / （一）…实事 / 1. 改造老旧小区70个    livelihood projects
//   办好十件民生实事：一是实施老旧小区改造提升工程，…；二是…  inline list
import { outlineOf, type Item, type Style } from './refs/outline';
import { passagesOf, spanIn, type Passage } from './refs/passage';
import type { DocumentSegment, GenreParser, ParseContext } from '../stages';
import type { OrgRef, Programme } from '../types';

const NAMED = /(?:行动|工程)$/;
const COUNTED = /(?:[一二三四五六七八九十两]{1,3}|\d{1,2})(?:件|项|大|个)[^，。；]{0,14}?(?:实事|行动|工程)/;
const LIVELIHOOD = /实事/;
/** A set of livelihood projects (民生实事, 十件实事, 为民办实事项目), not any mention of 办实事. */
const LIVELIHOOD_SET = /民生.{0,6}实事|(?:[一二三四五六七八九十两]{1,3}|\d{1,2})件.{0,6}实事|实事项目/;
const LEAD_LABEL = /(?:牵头单位|牵头部门)[：:]([^。；;）)]+)/;
const DEPTH: Record<Style, number> = { l1: 1, l2: 2, l3: 3, l4: 4, l5: 5 };
const MIN_RUN = 3;
const SHARE = 0.8;

interface State {
  doc: DocumentSegment;
  ctx: ParseContext;
  passages: Passage[];
  items: Item[];
  /** Index in `items` of the item each passage opens. */
  itemAt: Map<number, number>;
  year: number | null;
  out: Map<number, Programme>;
}

/** The plan's single year (2024年), or null for a range or none. */
function singleYear(title: string): number | null {
  const t = title.replace(/\s+/g, '');
  if (/\d{4}\s*(?:年)?\s*[—–\-－~至到]\s*\d{4}/.test(t)) return null;
  const years = [...new Set([...t.matchAll(/(\d{4})年/g)].map((m) => Number(m[1])))];
  return years.length === 1 ? (years[0] ?? null) : null;
}

/** Items nested directly under items[i] (the next deeper style, until a sibling or a higher item). */
function children(items: Item[], i: number): Item[] {
  const parent = items[i];
  if (!parent) return [];
  const out: Item[] = [];
  let style: Style | null = null;
  for (const item of items.slice(i + 1)) {
    if (DEPTH[item.style] <= DEPTH[parent.style]) break;
    style ??= item.style;
    if (item.style === style) out.push(item);
  }
  return out;
}

function leadsOf(s: State, item: Item): OrgRef[] {
  const next = s.items[(s.itemAt.get(item.at) ?? s.items.length) + 1]?.at ?? s.passages.length;
  for (const p of s.passages.slice(item.at, next)) {
    const m = LEAD_LABEL.exec(p.text);
    if (m?.[1]) return s.ctx.units.list(m[1], s.doc.jurisdiction);
  }
  return [];
}

function add(s: State, item: Item, kind: string): void {
  const name = item.heading.replace(/^(?:\*\*)/, '');
  if (name.length < 4 || s.out.has(item.at)) return;
  const p = s.passages[item.at];
  if (!p) return;
  s.out.set(item.at, { name, kind, year: s.year, leads: leadsOf(s, item), lines: item.lines });
}

const kindOfHeading = (heading: string) =>
  (COUNTED.exec(heading)?.[0] ?? heading).replace(/^(?:深入|全面|大力|持续)?(?:开展|实施|推进|组织|启动|办好|推动)/, '');

/** A heading that counts or names a set of items: every item under it is one. */
function collective(s: State, i: number, kind: string): void {
  for (const child of children(s.items, i)) {
    const j = s.itemAt.get(child.at) ?? -1;
    if (LIVELIHOOD.test(child.heading) && children(s.items, j).length) collective(s, j, kind);
    else add(s, child, kind);
  }
}

/**
 * Items of the project style that open the document before any heading above
 * them: the rest of a list whose heading a page break left in the previous document.
 */
function orphans(s: State): void {
  const styles = new Set([...s.out.keys()].map((at) => s.items[s.itemAt.get(at) ?? -1]?.style));
  if (styles.size !== 1 || ![...s.out.values()].some((p) => LIVELIHOOD.test(p.kind))) return;
  const style = [...styles][0];
  for (const item of s.items) {
    if (!style || DEPTH[item.style] < DEPTH[style]) break;
    if (item.style === style) add(s, item, [...s.out.values()][0]?.kind ?? '');
  }
}

/** Runs of sibling items (same style within a top-level section) most of which are named actions or projects. */
function namedRuns(s: State): void {
  const groups = new Map<string, Item[]>();
  let section = -1;
  for (const item of s.items) {
    if (item.style === 'l1') section = item.at;
    const key = item.style === 'l1' ? 'l1' : `${section}:${item.style}`;
    const run = groups.get(key);
    if (run) run.push(item);
    else groups.set(key, [item]);
  }
  for (const run of groups.values()) {
    const named = run.filter((x) => NAMED.test(x.heading));
    if (run.length < MIN_RUN || named.length < SHARE * run.length) continue;
    for (const item of named) add(s, item, /子工程$/.test(item.heading) ? '子工程' : (item.heading.match(/(?:专项)?(?:攻坚)?(?:行动|工程)$/)?.[0] ?? '行动'));
  }
}

const CN_COUNT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 十二件 → 12, 20项 → 20; 0 when the set is not counted. */
function countOf(phrase: string): number {
  const digits = /^\d+/.exec(phrase);
  if (digits) return Number(digits[0]);
  const cn = /^[一二三四五六七八九十两]+/.exec(phrase)?.[0] ?? '';
  const ten = cn.indexOf('十');
  if (ten < 0) return CN_COUNT[cn] ?? 0;
  return (ten === 0 ? 1 : CN_COUNT[cn[0] ?? ''] ?? 1) * 10 + (CN_COUNT[cn.slice(ten + 1)] ?? 0);
}

/**
 * 今年重点办好以下十件民生实事： followed by numbered items, or the same set
 * named by a title line of its own (2023年市政府十件民生实事, or uncounted:
 * 2024年市级重点民生实事项目) above them.
 */
function introducedLists(s: State): void {
  const livelihoodDoc = LIVELIHOOD_SET.test(s.doc.meta.title.replace(/\s+/g, ''));
  s.passages.forEach((p, at) => {
    if (s.itemAt.has(at)) return;
    const titleLine = p.text.length <= 40 && !/[，,。；;：:]/.test(p.text);
    const counted = COUNTED.exec(p.text);
    // Uncounted, the set needs a title line of its own in a document about such projects (2024年市级重点民生实事项目).
    const m = counted ?? (titleLine && livelihoodDoc && !/情况|通报|总结|考核|评估$/.test(p.text) ? LIVELIHOOD_SET.exec(p.text) : null);
    if (!m) return;
    if (!titleLine && !/[：:]$|如下|以下/.test(p.text.slice(m.index))) return;
    const count = countOf(m[0]);
    const first = s.items.find((x) => x.at > at);
    if (!first || first.at !== at + 1) return;
    const kind = counted ? kindOfHeading(m[0]) : '民生实事';
    let taken = 0;
    for (const item of s.items.filter((x) => x.at > at)) {
      if (DEPTH[item.style] < DEPTH[first.style] || (count && taken >= count)) break;
      if (item.style === first.style) add(s, item, kind), taken++;
    }
  });
}

const NAME_HEADER = /^(?:项目名称|实事名称|实事项目|民生实事|项目|名称|实事)$/;
const LEAD_HEADER = /^(?:牵头单位|牵头部门|责任单位|责任部门)$/;

/** 序号<TAB>项目名称<TAB>…<TAB>牵头单位 tables of livelihood projects. */
function tables(s: State): void {
  const title = s.doc.meta.title.replace(/\s+/g, '');
  if (!LIVELIHOOD_SET.test(title) && !s.passages.some((p) => LIVELIHOOD_SET.test(p.text.slice(0, 40)))) return;
  let nameCol = -1;
  let leadCol = -1;
  for (const line of s.doc.lines) {
    if (!line.text.includes('\t')) continue;
    const cells = line.text.split('\t').map((c) => c.replace(/\s+/g, ''));
    const header = cells.findIndex((c) => NAME_HEADER.test(c));
    if (header >= 0) {
      nameCol = header;
      leadCol = cells.findIndex((c) => LEAD_HEADER.test(c) && c.startsWith('牵头'));
      continue;
    }
    const name = cells[nameCol] ?? '';
    if (nameCol < 0 || !/^\d{1,3}$/.test(cells[0] ?? '') || name.length < 4) continue;
    const leads = leadCol >= 0 && cells[leadCol] ? s.ctx.units.list(cells[leadCol] ?? '', s.doc.jurisdiction) : [];
    s.out.set(-1_000_000 + line.no, { name, kind: '民生实事', year: s.year, leads, lines: [line.no] });
  }
}

/** 办好十件民生实事：一是…，…；二是… */
function inlineLists(s: State): void {
  s.passages.forEach((p, at) => {
    const set = LIVELIHOOD_SET.exec(p.text);
    const intro = set?.index ?? -1;
    if (!set || !p.text.includes('一是', intro)) return;
    const kind = kindOfHeading(COUNTED.exec(p.text.slice(Math.max(0, intro - 4), intro + set[0].length))?.[0] ?? set[0]);
    for (const m of p.text.slice(intro).matchAll(/[一二三四五六七八九十]{1,3}是([^，。；;,]{4,60})/g)) {
      const start = intro + (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
      s.out.set(at * 1000 + s.out.size, { name: m[1] ?? '', kind, year: s.year, leads: [], lines: spanIn(p, start, start + (m[1] ?? '').length) });
    }
  });
}

export const programmesParser: GenreParser = {
  name: 'programmes',
  parse(doc, ctx) {
    const passages = passagesOf(doc.paragraphs);
    const items = outlineOf(passages);
    const itemAt = new Map(items.map((item, i) => [item.at, i]));
    const s: State = { doc, ctx, passages, items, itemAt, year: singleYear(doc.meta.title), out: new Map() };
    s.items.forEach((item, i) => {
      const counted = COUNTED.test(item.heading);
      const livelihood = LIVELIHOOD_SET.test(item.heading) || (LIVELIHOOD.test(item.heading) && LIVELIHOOD_SET.test(doc.meta.title));
      if (counted || livelihood) collective(s, i, livelihood ? (/民生/.test(item.heading + doc.meta.title) ? '民生实事' : kindOfHeading(item.heading)) : kindOfHeading(item.heading));
    });
    if (s.out.size) orphans(s);
    namedRuns(s);
    introducedLists(s);
    inlineLists(s);
    tables(s);
    return { programmes: [...s.out.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p) };
  },
};
