// Leadership division of labour (领导分工): which leader presides over,
// supervises, liaises with or is responsible for which units or areas.
//   张三同志 主持县人民政府全面工作。主管审计工作。   presides / supervises {area}
//   协助县长负责发展改革、财税等工作。               responsible_for {area} each
//   分管县财政局（金融工作局）、统计局。             supervises units
//   联系县人大常委会、政协。                         liaises units
//   张三、李四同志互为AB岗。                         backup both ways
//   姓名<TAB>职务<TAB>负责工作<TAB>分管部门<TAB>联系单位   the same, as a table
import { splitNames } from './people/names';
import { passageOf, passagesOf, spanIn, splitTopLevel, type Passage } from './refs/passage';
import type { DocumentSegment, GenreParser, ParseContext } from '../stages';
import type { Lines, Portfolio, PortfolioRelation } from '../types';

const DIVISION_TITLE = /分工/;
const MAX_CLAUSE = 1500;
/** A post printed after a leader's name: 副市长, 市委常委, 市政府党组成员 … */
const POST_AFTER_NAME = '(?:(?:常务)?副?[省市县区州旗]长|秘书长|[省市县区州旗]委常委|(?:[省市县区州旗](?:人民)?政府)?党组(?:副书记|书记|成员))';
/** 张三同志 / 张三：/ 副县长张三同志 / 张三副市长： / 张三同志市委常委、常务副市长 at the start of a leader's paragraph (协助市长负责… is not one). */
const LEADER_HEAD = new RegExp(
  '^(?:[\\u4e00-\\u9fa5]{0,10}?(?:长|书记|主任|委员|秘书长|主席))?(?!协助|主持|负责|分管|主管|联系|领导)' +
    '([\\u4e00-\\u9fa5]{2,4}?|[\\u4e00-\\u9fa5]{1,8}·[\\u4e00-\\u9fa5]{1,8}?)(?:同志)?\\s*' +
    `(?:${POST_AFTER_NAME}(?:[、，,]${POST_AFTER_NAME})*)?` +
    '(?:同志)?(?:[（(][^）)]{1,20}[）)])?[：:]?(?=主持|领导|协助|负责|分管|主管|联系|兼)',
);
const AB_POST = /([\u4e00-\u9fa5·、和与]{4,30}?)(?:同志)?互为(?:AB|A、B|A\/B|A－B|A-B)[岗角]/g;
const VERBS: Array<[RegExp, PortfolioRelation]> = [
  [/^(?:主持|领导)(.*?)(?:的)?全面工作$/, 'presides'],
  [/^(?:协助[\u4e00-\u9fa5]{1,8}?)?负责(?:的工作)?[：:]?(.+)$/, 'responsible_for'],
  [/^(?:分管|主管)(?:的)?(?:部门|单位|领域)?[：:]?(.+)$/, 'supervises'],
  [/^联系(?:的)?(?:部门|单位)?[：:]?(.+)$/, 'liaises'],
];
/** A leader's name on its own line, with the post before or after it (市长 张三 / 张三 副市长：). */
const LEADER_TITLE = '(?:[市县区州省旗]委常委|(?:[市县区州省旗](?:人民)?政府)?党组(?:副书记|书记|成员)|(?:常务副|副)?(?:[市县区州省旗镇乡]长|秘书长|主任|书记))';
const TITLE_AROUND = new RegExp(`^(?:${LEADER_TITLE}[、，,]?)+|(?:[、，,]?${LEADER_TITLE})+$`, 'g');

interface State {
  doc: DocumentSegment;
  ctx: ParseContext;
  out: Portfolio[];
  person: string | null;
}

function areasOf(text: string): string[] {
  const list = text.replace(/(?:等)?(?:方面的?)?(?:日常)?工作$/, '').replace(/等$/, '');
  return splitTopLevel(list, '、，,')
    .map(([a, b]) => list.slice(a, b).replace(/等$/, ''))
    .filter(Boolean);
}

function add(s: State, relation: PortfolioRelation, object: string, lines: Lines): void {
  const person = s.person;
  if (!person) {
    s.ctx.warn({ reason: `${relation} before any leader is named`, line: lines[0], rule: 'portfolios.person' });
    return;
  }
  const push = (target: Portfolio['target']) => s.out.push({ person: { name: person }, relation, target, lines });
  const isArea = relation === 'responsible_for' || /工作$/.test(object);
  if (relation === 'presides') {
    const unit = object || s.doc.meta.issuers[0]?.mention; // 主持全面工作: the issuing government
    if (unit) push(s.ctx.units.unit(unit, s.doc.jurisdiction));
  } else if (!object) return;
  else if (isArea) for (const area of areasOf(object)) push({ area });
  else for (const org of s.ctx.units.list(object, s.doc.jurisdiction)) push(org);
}

function clauses(s: State, p: Passage, from: number, to: number): void {
  let relation: PortfolioRelation | null = null;
  let start = from;
  let object = '';
  const flush = (end: number) => {
    if (relation) add(s, relation, object, spanIn(p, start, end));
    relation = null;
  };
  for (const [a, b] of splitTopLevel(p.text.slice(from, to), '，,；;')) {
    const text = p.text.slice(from + a, from + b);
    const verb = VERBS.find(([re]) => re.test(text));
    if (verb) {
      flush(from + a);
      relation = verb[1];
      object = verb[0].exec(text)?.[1] ?? '';
      start = from + a;
    } else if (relation && relation !== 'presides') object += '、' + text; // a list that went on after a comma
  }
  flush(to);
}

function backups(s: State, p: Passage): void {
  for (const m of p.text.matchAll(AB_POST)) {
    const names = splitNames(m[1]?.replace(/^.*[，,。；]/, '') ?? '');
    if (!names || names.length < 2) continue;
    const lines = spanIn(p, m.index ?? 0, (m.index ?? 0) + m[0].length);
    for (const a of names)
      for (const b of names) if (a !== b) s.out.push({ person: { name: a }, relation: 'backup', target: { person: b }, lines });
  }
}

function parsePassage(s: State, p: Passage): void {
  const head = LEADER_HEAD.exec(p.text);
  const alone = p.text.length <= 24 ? splitNames(p.text.replace(/[：:]$/, '').replace(TITLE_AROUND, '').replace(/^[：:]/, '')) : null;
  if (alone?.length === 1) {
    s.person = alone[0] ?? null;
    return;
  }
  const named = splitNames(head?.[1] ?? '');
  if (named?.length === 1) s.person = named[0] ?? null;
  const body = head ? head[0].length : 0;
  if (/互为(?:AB|A、B|A\/B|A－B|A-B)[岗角]/.test(p.text)) return backups(s, p);
  for (const [a, b] of splitTopLevel(p.text.slice(body), '。')) {
    if (b - a <= MAX_CLAUSE) clauses(s, p, body + a, body + b);
  }
}

/** The verb a column of a division table stands for (分管部门 → 分管); null for other columns. */
function columnVerb(header: string): string | null {
  if (/分管|主管/.test(header)) return '分管';
  if (/联系/.test(header)) return '联系';
  if (/负责|分工|工作/.test(header)) return '负责';
  return null;
}

/**
 * 姓名<TAB>职务<TAB>负责工作<TAB>分管部门<TAB>联系单位 tables: each row is one
 * leader, each cell under a verb column read as if the verb preceded it
 * (a cell that starts with a verb of its own, 主持…, keeps it). Returns the
 * line numbers of the table read (header and rows).
 */
function tableRows(s: State): Set<number> {
  const read = new Set<number>();
  let nameCol = -1;
  let verbs = new Map<number, string>();
  for (const line of s.doc.lines) {
    if (!line.text.includes('\t')) {
      nameCol = -1;
      continue;
    }
    const cells = line.text.split('\t').map((c) => c.replace(/\s+/g, ''));
    const header = cells.findIndex((c) => c === '姓名');
    if (header >= 0) {
      const found = new Map<number, string>();
      cells.forEach((c, i) => {
        const verb = i === header ? null : columnVerb(c);
        if (verb) found.set(i, verb);
      });
      if (found.size) {
        nameCol = header;
        verbs = found;
        read.add(line.no);
      }
      continue;
    }
    const names = nameCol >= 0 ? splitNames(cells[nameCol] ?? '') : null;
    if (names?.length !== 1) continue;
    s.person = names[0] ?? null;
    read.add(line.no);
    for (const [i, verb] of verbs) {
      for (const sentence of (cells[i] ?? '').split('。').filter(Boolean)) {
        const text = VERBS.some(([re]) => re.test(sentence.split(/[，,；;]/)[0] ?? '')) ? sentence : verb + sentence;
        const p = passageOf([{ no: line.no, text }]);
        clauses(s, p, 0, p.text.length);
      }
    }
  }
  return read;
}

export const portfoliosParser: GenreParser = {
  name: 'portfolios',
  parse(doc, ctx) {
    if (!DIVISION_TITLE.test(doc.meta.title.replace(/\s+/g, ''))) return {};
    const s: State = { doc, ctx, out: [], person: null };
    const rows = tableRows(s);
    s.person = null;
    for (const p of passagesOf(doc.paragraphs)) if (!p.nos.some((no) => rows.has(no))) parsePassage(s, p);
    return { portfolios: s.out };
  },
};
