// Role labels and their values: 牵头/责任/配合 单位|部门, 责任领导, 完成时限,
// as line labels or as `；`-separated groups inside a bracket.
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

const LABEL = /^\s*(对接)?(牵头|责任|配合|协办|主办)?(单位|部门|领导)\s*[：:]\s*|^\s*完成时限\s*[：:]\s*/;

function roleOf(kind: string | undefined, noun: string | undefined, deadline: boolean): Role | null {
  if (deadline) return 'deadline';
  if (noun === '领导') return kind === '责任' || kind === undefined ? 'leaders' : null;
  if (kind === '牵头' || kind === '主办') return 'leads';
  if (kind === '责任') return 'responsible';
  if (kind === '配合' || kind === '协办') return 'cooperating';
  return null;
}

/** Reads one `label：value` (value runs to the end of the text). */
export function readLabel(text: string): { role: Role; value: string } | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const role = roleOf(m[2], m[3], m[0].includes('完成时限'));
  return role ? { role, value: text.slice(m[0].length).trim() } : null;
}

/** Adds a label's value to the raw roles; a trailing `…具体负责落实。` goes to responsible. */
export function addLabel(raw: RawRoles, role: Role, value: string): void {
  if (role === 'deadline') {
    raw.deadline = value.replace(/[。；;，,]+$/, '').replace(/\s+/g, '') || null;
    return;
  }
  const stop = value.search(/[。]/);
  let v = stop >= 0 ? value.slice(0, stop) : value;
  const duty = /[，,、]([^，,、]+?)(?:具体|分别)?负责[^，,、]*$/.exec(v);
  if (duty && role !== 'responsible' && role !== 'leaders') {
    raw.responsible.push(duty[1] as string);
    v = v.slice(0, duty.index);
  }
  if (v.trim()) raw[role].push(v);
}

/** The role groups of a bracket at a paragraph's end, or null if it holds none. */
export function readBracket(content: string): RawRoles | null {
  const raw = emptyRaw();
  let found = false;
  for (const group of content.split(/[；;]/)) {
    const label = readLabel(group);
    if (label) {
      addLabel(raw, label.role, label.value);
      found = true;
      continue;
    }
    const duty = /^(.+?)(?:按职能分工|按职责分工|分别|共同)?负责$/.exec(group.trim());
    if (duty) {
      raw.responsible.push(duty[1] as string);
      found = true;
    }
  }
  return found ? raw : null;
}

export function hasUnits(raw: RawRoles): boolean {
  return raw.leads.length + raw.responsible.length + raw.cooperating.length + raw.leaders.length > 0;
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
    .map((s) => s.replace(/\s+/g, '').replace(/[。]+$/, ''))
    .filter((s) => s.length >= 2 && s.length <= 4)
    .map((name) => ({ name }));
}
