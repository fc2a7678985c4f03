// Appointment, removal and pre-appointment notices (任免通知, 任前公示):
// one record per person per action per post.
//   张三任市教育局副局长，免去其市教科所所长职务；   appoint + remove
//   免去李四银川市民政局副局长职务；                remove
//   任命王五为县财政局局长 / 赵六聘任为…院长       appoint
//   解聘… / 不再担任…职务                         remove
//   钱七，男，…。现任…，拟任…正科级领导职务。      nominate
import { leadingName, splitNames } from './people/names';
import { cleanPostPhrase, endsWithPost, isBareTitle, splitPost } from './people/posts';
import { passagesOf, spanIn, splitTopLevel, type Passage } from './refs/passage';
import type { DocumentSegment, GenreParser, ParseContext } from '../stages';
import type { Appointment, AppointmentAction, Lines, PersonRef } from '../types';

/** Titles of personnel notices. */
const PERSONNEL_TITLE = /任免|任职|免职|任命|聘任|聘用|解聘|免去|职务|任前公示|干部公示|人事/;
const MAX_CLAUSE = 400;

const NAMES = '[\\u4e00-\\u9fa5·、]{2,40}?';
const SUBJECT_VERB = new RegExp(`^(${NAMES})(?:同志)?(挂职任|任命为|聘任为|聘任|聘为|担任|兼任|挂任|任)(?![职期免务用])(.+)$`);
const VERB_OBJECT = new RegExp(`^(任命|聘任|聘请|提名)(${NAMES})(?:同志)?(?:为|兼任)(.+)$`);
/** 职务 may close a later clause of the same list (免去其A，B职务). */
const REMOVE = /^(免去|解聘|撤销)(.+?)(?:的)?(?:一切)?(?:职务|职)?$/;
const NO_LONGER = new RegExp(`^(${NAMES})?(?:同志)?不再担任(.+?)(?:的)?职务$`);
const CONCURRENT = /^(?:兼任|兼)(.+)$/;
/** （另有任用）, （退休） after 职务. */
const TRAILING_NOTE = /[（(][^（）()]{1,12}[）)]$/;
/** 决定任命： / 免去： heading a list of `张三为…` / `李四的…职务` clauses. */
const MODE = /(任命|聘任|聘用|免去|免职|解聘)(?:如下)?$/;
const MODE_ITEM = new RegExp(`^(${NAMES})(?:同志)?(?:为|的)(.+?)(?:的)?(?:职务)?$`);
const NOMINATE = /^拟(?:任|聘任|任命为|提名为|推荐为|提任|聘为|任用为)(.+)$/;
const NOMINATE_UNSPECIFIED = /^拟(?:进一步使用|提拔使用|重用|交流|提拔)/;
const LEAD_IN = /^(?:同时|并|另|经研究|研究决定|决定|正式)+/;
/** What may follow a name that runs straight into its post phrase, strongest first. */
function unitCues(jurisdiction: string): Array<(rest: string) => boolean> {
  const places = jurisdiction.match(/[\u4e00-\u9fa5]+?(?:自治区|省|市|自治州|州|盟|县|自治县|区|旗)/g) ?? [jurisdiction];
  const own = places.flatMap((p) => (p.length > 2 ? [p, p.slice(0, -1)] : [p]));
  return [
    (r) => own.some((p) => r.startsWith(p)) || /^(?:中共|中国|国家|自治区|共青团|宁夏|广西|内蒙古|新疆|西藏)/.test(r),
    (r) => /^[\u4e00-\u9fa5]{2,4}?(?:省|市|县|区|旗)/.test(r),
    (r) => /^[市县区省]/.test(r),
  ];
}

interface State {
  doc: DocumentSegment;
  ctx: ParseContext;
  known: Set<string>;
  out: Appointment[];
  subject: string[];
  /** Posts the subject holds now (现任…), given with a nomination. */
  current: string[];
  /** Action of a heading like 决定任命： that the following clauses share. */
  mode: AppointmentAction | null;
  /** The last action of this sentence: a clause that is only a post continues it (任A，B；). */
  last: { names: string[]; action: AppointmentAction } | null;
}

function knownNames(doc: DocumentSegment, passages: Passage[]): Set<string> {
  const known = new Set<string>();
  const add = (s: string | undefined) => splitNames(s ?? '')?.forEach((n) => known.add(n));
  add(/关于(.+?)(?:等)?同志/.exec(doc.meta.title.replace(/\s+/g, ''))?.[1]);
  for (const p of passages) {
    for (const m of p.text.slice(0, 2000).matchAll(/(?:^|[，。；：,;:])([\u4e00-\u9fa5·、]{2,20}?)(?:同志|任(?![职期免务用])|聘任为)/g)) add(m[1]);
  }
  return known;
}

/** The person with the posts the statement gives: the one held now for a nomination, else the one acted on. */
function personRef(s: State, name: string, action: AppointmentAction, phrase: string): PersonRef {
  const posts = action === 'nominate' ? s.current : phrase ? [phrase] : [];
  return posts.length ? { name, posts: [...posts] } : { name };
}

function record(s: State, names: string[], action: AppointmentAction, phrase: string, lines: Lines): void {
  s.last = { names, action };
  let inherited: string | null = null; // 市教育局局长、党组书记: the second post is in the same unit
  for (const [a, b] of splitTopLevel(phrase, '、')) {
    const item = cleanPostPhrase(phrase.slice(a, b));
    const split = splitPost(item);
    const org: string | null = split.organization ?? (isBareTitle(item) ? inherited : null);
    inherited = org;
    for (const name of names) {
      s.out.push({
        person: personRef(s, name, action, item),
        action,
        post: split.post,
        organization: org ? s.ctx.units.unit(org, s.doc.jurisdiction) : null,
        lines,
      });
    }
  }
}

function removed(s: State, rest: string): { names: string[]; phrase: string } | null {
  if (rest.startsWith('其')) return s.subject.length ? { names: s.subject, phrase: rest.slice(1) } : null;
  const marked = /^([\u4e00-\u9fa5·、]{2,40}?)(?:同志)?的/.exec(rest);
  const listed = marked ? splitNames(marked[1] ?? '') : null;
  if (marked && listed) return { names: listed, phrase: rest.slice(marked[0].length) };
  const name = leadingName(rest, s.known, unitCues(s.doc.jurisdiction));
  if (name && (s.known.has(name) || !s.subject.length)) {
    return { names: [name], phrase: rest.slice(name.length).replace(/^同志/, '') };
  }
  return s.subject.length ? { names: s.subject, phrase: rest } : null;
}

function clause(s: State, raw: string, lines: Lines, first: boolean): void {
  const c = raw.replace(LEAD_IN, '');
  let m: RegExpExecArray | null;
  if ((m = /^现任(.+)$/.exec(c)) && s.subject.length) {
    s.current = splitTopLevel(m[1] ?? '', '、').map(([a, b]) => cleanPostPhrase((m?.[1] ?? '').slice(a, b)));
    return;
  }
  if ((m = NOMINATE.exec(c)) && s.subject.length) return record(s, s.subject, 'nominate', m[1] ?? '', lines);
  if (NOMINATE_UNSPECIFIED.test(c) && s.subject.length) {
    for (const name of s.subject) s.out.push({ person: personRef(s, name, 'nominate', ''), action: 'nominate', post: '', organization: null, lines });
    return;
  }
  if ((m = VERB_OBJECT.exec(c)) && splitNames(m[2] ?? '')) {
    s.subject = splitNames(m[2] ?? '') ?? [];
    return record(s, s.subject, m[1] === '提名' ? 'nominate' : 'appoint', m[3] ?? '', lines);
  }
  if ((m = REMOVE.exec(c.replace(TRAILING_NOTE, '')))) {
    const r = removed(s, m[2] ?? '');
    if (r) return record(s, r.names, 'remove', r.phrase, lines);
    s.ctx.warn({ reason: `removal without a person it names: ${c.slice(0, 30)}`, line: lines[0], rule: 'appointments.remove' });
    return;
  }
  if ((m = NO_LONGER.exec(c.replace(TRAILING_NOTE, '')))) {
    const names = m[1] ? splitNames(m[1]) : s.subject;
    return names?.length ? record(s, names, 'remove', m[2] ?? '', lines) : undefined;
  }
  if ((m = CONCURRENT.exec(c)) && s.subject.length) return record(s, s.subject, 'appoint', m[1] ?? '', lines);
  if ((m = SUBJECT_VERB.exec(c)) && splitNames(m[1] ?? '')) {
    s.subject = splitNames(m[1] ?? '') ?? [];
    return record(s, s.subject, 'appoint', m[3] ?? '', lines);
  }
  if (s.mode && (m = MODE_ITEM.exec(s.mode === 'remove' ? c.replace(TRAILING_NOTE, '') : c)) && splitNames(m[1] ?? '')) {
    s.subject = splitNames(m[1] ?? '') ?? [];
    return record(s, s.subject, s.mode, m[2] ?? '', lines);
  }
  if ((m = MODE.exec(c))) s.mode = /免|解/.test(m[1] ?? '') ? 'remove' : 'appoint';
  const post = c.replace(/(?:的)?职务$/, '');
  if (s.last && !/^(?:免|解聘|撤销|任|拟|聘)/.test(c) && endsWithPost(cleanPostPhrase(post))) return record(s, s.last.names, s.last.action, post, lines);
  const alone = splitNames(c.replace(/同志$/, ''));
  if (first && alone?.length === 1 && raw === c) s.subject = alone;
}

function parsePassage(s: State, p: Passage): void {
  s.subject = [];
  s.current = [];
  let first = true;
  for (const [a, b] of splitTopLevel(p.text, '。；;')) {
    s.last = null;
    for (const [x, y] of splitTopLevel(p.text.slice(a, b), '，,：:')) {
      if (y - x <= MAX_CLAUSE) clause(s, p.text.slice(a + x, a + y), spanIn(p, a + x, a + y), first);
      first = false;
    }
  }
}

/** The action a table column stands for (拟任职务, 任职, 免去职务); null for other columns. */
function columnAction(header: string): AppointmentAction | null {
  if (/^拟(?:任|聘任|提名|任职务|任岗位)/.test(header)) return 'nominate';
  if (/^(?:免去|免职|解聘)/.test(header)) return 'remove';
  if (/^(?:任职|任命|聘任|新任)/.test(header)) return 'appoint';
  return null;
}

/** The verb a cell may repeat before its post (拟任职务: 拟任金华市财政局局长). */
const CELL_VERB: Record<AppointmentAction, RegExp> = {
  nominate: /^拟(?:任|聘任|提名|推荐)为?/,
  remove: /^(?:免去|免职|解聘)/,
  appoint: /^(?:任命|聘任|任)为?/,
};

/** 姓名<TAB>…<TAB>拟任职务 tables, as announcements and notices print them. */
function tables(s: State): void {
  let nameCol = -1;
  let actions: Array<[number, AppointmentAction]> = [];
  for (const line of s.doc.lines) {
    if (!line.text.includes('\t')) continue;
    const cells = line.text.split('\t').map((c) => c.replace(/\s+/g, ''));
    if (cells.includes('姓名')) {
      nameCol = cells.indexOf('姓名');
      actions = cells.flatMap((c, i): Array<[number, AppointmentAction]> => {
        const action = columnAction(c);
        return action ? [[i, action]] : [];
      });
      continue;
    }
    const name = cells[nameCol] ?? '';
    if (nameCol < 0 || !splitNames(name) || splitNames(name)?.length !== 1) continue;
    for (const [col, action] of actions) {
      const phrase = (cells[col] ?? '').replace(CELL_VERB[action], '');
      if (phrase) record(s, [name], action, phrase, [line.no]);
    }
  }
}

export const appointmentsParser: GenreParser = {
  name: 'appointments',
  parse(doc, ctx) {
    if (!PERSONNEL_TITLE.test(doc.meta.title.replace(/\s+/g, ''))) return {};
    const passages = passagesOf(doc.paragraphs);
    const s: State = { doc, ctx, known: knownNames(doc, passages), out: [], subject: [], current: [], mode: null, last: null };
    for (const p of passages) if (!p.tabular) parsePassage(s, p);
    tables(s);
    return { appointments: s.out };
  },
};
