// Role labels and their values: 牵头/责任/配合 单位|部门, 责任领导, 完成时限,
// as line labels or as `；`-separated groups inside a bracket.
import { isGroup } from '../../resolve/canonical';
import { UNIT_NAME_END } from '../../resolve/lexicon';
import { trimPunctuation } from '../../resolve/split';
import type { ParseContext } from '../../stages';
import type { OrgRef, PersonRef } from '../../types';

export type Role = 'leads' | 'responsible' | 'cooperating' | 'leaders' | 'deadline';

export interface RawRoles {
  leads: string[];
  responsible: string[];
  cooperating: string[];
  leaders: string[];
  deadline: string | null;
}

export interface Roles {
  leads: OrgRef[];
  responsible: OrgRef[];
  cooperating: OrgRef[];
  leaders: PersonRef[];
  deadline: string | null;
}

export const emptyRaw = (): RawRoles => ({ leads: [], responsible: [], cooperating: [], leaders: [], deadline: null });

const KINDS = '牵头|主办|主责|责任|配合|协办|协助|参与|协同|参加';
const DEADLINES = '完成时限|完成时间|完成期限|时间节点|时限要求';
/** The level a leader label may name: 牵头市领导, 市级责任领导. */
const LEVEL = '[省市县区]级?';
/** A role label at the start of a text: 牵头单位： 责任部门 ： 对接责任领导： 完成时限： … */
export const LABEL = new RegExp(
  `^\\s*(?:[（(〔\\[【]\\s*)?(对接|主要)?(?:${LEVEL})?(${KINDS})(单位|部门|(?:${LEVEL})?领导|主体)\\s*(?:[】\\]]\\s*[：:]?|[：:])\\s*` +
    `|^\\s*(?:[（(〔\\[【]\\s*)?(?:${DEADLINES})\\s*(?:[】\\]]\\s*[：:]?|[：:])\\s*`,
);
/** A role label anywhere (to split `牵头单位：X 配合单位：Y`). */
export const LABEL_ANYWHERE = new RegExp(`(?:对接|主要)?(?:${LEVEL})?(?:${KINDS})(?:单位|部门|(?:${LEVEL})?领导|主体)\\s*[：:]|(?:${DEADLINES})\\s*[：:]`);
/** A table header cell naming a role column. */
export const ROLE_HEADER = new RegExp(`^(?:对接|主要)?(?:${LEVEL})?(${KINDS})(单位|部门|(?:${LEVEL})?领导|主体)$|^(?:${DEADLINES})$`);

export function roleOf(kind: string | undefined, noun: string | undefined): Role | null {
  if (kind === undefined) return 'deadline';
  if (noun?.endsWith('领导')) return kind === '牵头' || kind === '责任' || kind === '主责' ? 'leaders' : null;
  if (kind === '牵头' || kind === '主办') return 'leads';
  if (kind === '责任' || kind === '主责') return 'responsible';
  return noun === '主体' ? null : 'cooperating';
}

/** Reads one `label：value` (value runs to the end of the text). */
export function readLabel(text: string): { role: Role; value: string } | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const role = roleOf(m[2], m[3]);
  return role ? { role, value: text.slice(m[0].length).trim() } : null;
}

/** Adds a label's value to the raw roles; a trailing `…具体负责落实。` goes to responsible. */
export function addLabel(raw: RawRoles, role: Role, value: string): void {
  if (role === 'deadline') {
    raw.deadline = trimPunctuation(value.slice(0, 100).replace(/\s+/g, '')) || null;
    return;
  }
  const stop = value.search(/[。]/);
  let v = (stop >= 0 ? value.slice(0, stop) : value).slice(0, MAX_VALUE);
  // `责任单位：X牵头，Y配合`: the verbs inside the value say each unit's role
  if (role !== 'leaders' && /牵头(?![）)])/.test(v) && readVerbGroups(v, raw)) return;
  if (role !== 'leaders' && v.includes('牵头')) v = v.replace(MARKED_LEAD, (_m, unit: string) => (raw.leads.push(unit), ''));
  const duty = /[，,、]([^，,、]+?)(?:具体|分别)?负责[^，,、]*$/.exec(v);
  if (duty && role !== 'responsible' && role !== 'leaders') {
    raw.responsible.push(duty[1] as string);
    v = v.slice(0, duty.index);
  }
  if (v.trim()) raw[role].push(v);
}

/** No unit list is longer than this; the rest of a runaway value is noise. */
const MAX_VALUE = 2000;

/** A unit marked as lead inside another list: 市发改委（牵头）. */
const MARKED_LEAD = /([^、，,；;（(]+)[（(]牵头[）)]/g;

/** Splits a run of role labels (`牵头单位：X；配合单位：Y` or without the ；). */
export function splitLabels(content: string): string[] {
  const starts: number[] = [];
  const re = new RegExp(LABEL_ANYWHERE.source, 'g');
  for (const m of content.matchAll(re)) starts.push(m.index ?? 0);
  const cuts = [0, ...starts.filter((i) => i > 0), content.length];
  const out: string[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) out.push(...content.slice(cuts[k], cuts[k + 1]).split(/[；;]/));
  return out.filter((g) => g.trim() !== '');
}

/**
 * The roles of a label line: `牵头单位：X`, `牵头单位：X；配合单位：Y`, `【牵头单位】X`,
 * or a whole role bracket printed on a line of its own (`（责任单位：X）`).
 */
export function readLabelLine(text: string): RawRoles | null {
  const opened = /^\s*[（(〔\[]/.test(text);
  const inner = opened ? text.replace(/^\s*[（(〔\[]\s*/, '').replace(/[）)〕\]]\s*[。；;，,]?\s*$/, '') : text;
  return readBracket(inner.replace(/^\s*【([^】]{2,8})】\s*[：:]?/, '$1：'));
}

/** The role groups of a bracket at a paragraph's end, or null if it holds none. */
export function readBracket(content: string): RawRoles | null {
  const raw = emptyRaw();
  let found = false;
  for (const group of splitLabels(content)) {
    const label = readLabel(group);
    if (label) {
      addLabel(raw, label.role, label.value);
      found = true;
    } else found = readVerbGroups(group, raw) || found;
  }
  return found ? raw : null;
}

type UnitRole = 'leads' | 'responsible' | 'cooperating';
const VERB_ROLE: [RegExp, UnitRole][] = [
  [/(?:按职能分工|按职责分工|分别|共同|具体)?负责$/, 'responsible'],
  [/牵头$/, 'leads'],
  [/(?:积极|协同|共同)?(?:配合|参与)$/, 'cooperating'],
];

/**
 * `X牵头，Y配合` / `X、Y按职能分工负责`: pieces separated by ，, each
 * list closed by its role verb. Every piece must end in a role verb or
 * belong to the list of the next one, and every list must read as units.
 */
function readVerbGroups(group: string, raw: RawRoles): boolean {
  const pieces = group.split(/[，,]/).map((p) => p.trim()).filter(Boolean);
  const found: [UnitRole, string][] = [];
  let pending: string[] = [];
  for (const piece of pieces) {
    const hit = VERB_ROLE.find(([re]) => re.test(piece));
    if (!hit) {
      pending.push(piece);
      continue;
    }
    // `Y、Z等按职责分工负责`: 等 (等部门, 等单位) closes the list, it is not part of Z
    const list = [...pending, piece.replace(hit[0], '').replace(/等(?:部门|单位)?$/, '')].join('、').replace(/^由/, '');
    const items = list.split('、');
    if (/[。的要对在将]/.test(list) || !items.every((x) => UNIT_NAME_END.test(x) || isGroup(x))) return false;
    found.push([hit[1], list]);
    pending = [];
  }
  if (found.length === 0 || pending.length > 0) return false;
  for (const [role, list] of found) raw[role].push(list);
  return true;
}

export function hasUnits(raw: RawRoles): boolean {
  return raw.leads.length + raw.responsible.length + raw.cooperating.length + raw.leaders.length > 0;
}

/** Appends `more` to `raw` in place (consecutive label lines of one group). */
export function appendRaw(raw: RawRoles, more: RawRoles): void {
  raw.leads.push(...more.leads);
  raw.responsible.push(...more.responsible);
  raw.cooperating.push(...more.cooperating);
  raw.leaders.push(...more.leaders);
  raw.deadline = more.deadline ?? raw.deadline;
}

/** Merges role lists: `over` (an item's own labels) after `base` (a lead printed above). */
export function mergeRaw(base: RawRoles, over: RawRoles): RawRoles {
  return {
    leads: [...base.leads, ...over.leads],
    responsible: [...base.responsible, ...over.responsible],
    cooperating: [...base.cooperating, ...over.cooperating],
    leaders: [...base.leaders, ...over.leaders],
    deadline: over.deadline ?? base.deadline,
  };
}

export function resolveRoles(raw: RawRoles, ctx: ParseContext, jurisdiction: string): Roles {
  const list = (xs: string[]) => dedupe(xs.flatMap((x) => ctx.units.list(x, jurisdiction)));
  return {
    leads: list(raw.leads),
    responsible: list(raw.responsible),
    cooperating: list(raw.cooperating),
    leaders: raw.leaders.flatMap(persons),
    deadline: raw.deadline,
  };
}

function dedupe(refs: OrgRef[]): OrgRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.name) ? false : (seen.add(r.name), true)));
}

function persons(text: string): PersonRef[] {
  return text
    .split(/[、，,；;]|\s{2,}/)
    .map((s) => trimPunctuation(s.replace(/\s+/g, '').replace(/[（(][^）)]{0,20}[）)]$/, '')))
    .filter((s) => s.length >= 2 && s.length <= 4 && /^[\u4e00-\u9fa5·]+$/.test(s))
    .map((name) => ({ name }));
}
