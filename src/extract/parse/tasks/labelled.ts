// Tasks closed by role-label lines (牵头单位：… / 责任部门：… / 对接责任领导：…).
// The label group belongs to the item(s) printed since the previous group:
// one item, or several sibling items under one heading (one task), or a
// heading whose lead applies to each item below it (a category lead).
import type { Block } from './blocks';
import { draftFromBlocks, type Draft } from './draft';
import { numberingOf, rank, ROLE_LABEL, type Level } from './numbering';
import { appendRaw, emptyRaw, hasUnits, mergeRaw, readLabelLine, type RawRoles } from './roles';

interface Group {
  start: number;
  end: number;
  roles: RawRoles;
}

interface Category {
  level: Level;
  roles: RawRoles;
}

/** Label groups: runs of consecutive role-label blocks. */
export function labelGroups(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  let cur: Group | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    const roles = !b.table && ROLE_LABEL.test(b.text) ? readLabelLine(b.text) : null;
    if (!roles) {
      cur = null;
      continue;
    }
    if (!cur) {
      cur = { start: i, end: i + 1, roles: emptyRaw() };
      groups.push(cur);
    }
    cur.end = i + 1;
    appendRaw(cur.roles, roles);
  }
  return groups.filter((g) => hasUnits(g.roles));
}

export function labelledTasks(blocks: readonly Block[], taken: Set<number>): Draft[] {
  const out: Draft[] = [];
  let boundary = 0;
  let category: Category | null = null;
  let scanned = 0;
  for (const g of labelGroups(blocks)) {
    // a heading at or above the category's level ends it
    for (; scanned < g.start; scanned++) {
      const n = numberingOf((blocks[scanned] as Block).text);
      if (category && n && rank(n.level) <= rank(category.level)) category = null;
    }
    const head = categoryHeading(blocks, g);
    if (head) {
      category = { level: head, roles: g.roles };
      boundary = scanned = g.end;
      continue;
    }
    const floor = Math.max(boundary, lastTaken(taken, g.start) + 1);
    const from = itemStart(blocks, floor, g.start);
    if (from !== null) {
      out.push(draftFromBlocks(blocks, from, g.start, g.end - 1, category ? mergeRaw(category.roles, g.roles) : g.roles));
      for (let k = from; k < g.end; k++) taken.add(k);
    }
    boundary = g.end;
    scanned = g.end;
  }
  return out;
}

/** A heading directly above the labels, with deeper items right below: its level. */
function categoryHeading(blocks: readonly Block[], g: Group): Level | null {
  const above = blocks[g.start - 1];
  const below = blocks[g.end];
  if (!above || !below) return null;
  const a = numberingOf(above.text);
  const b = numberingOf(below.text);
  if (!a || !b || rank(b.level) <= rank(a.level)) return null;
  if (above.text.length > 40 || /[。；;]/.test(above.text.slice(0, -1))) return null; // a description, not a heading
  return g.roles.leads.length > 0 && g.roles.responsible.length + g.roles.cooperating.length === 0 ? a.level : null;
}

/**
 * Where the item(s) a label group covers begin, searching back from `end`
 * to `floor`: the nearest numbered item; if it has numbered siblings since
 * the floor, their parent heading (or the first sibling).
 */
function itemStart(blocks: readonly Block[], floor: number, end: number): number | null {
  if (end <= floor) return null;
  let j = end - 1;
  while (j >= floor && !numberingOf((blocks[j] as Block).text)) j--;
  if (j < floor) return end - 1;
  const level = (numberingOf((blocks[j] as Block).text) as { level: Level }).level;
  let first = j;
  let siblings = 1;
  for (let k = j - 1; k >= floor; k--) {
    const n = numberingOf((blocks[k] as Block).text);
    if (!n) continue;
    if (n.level === level) [first, siblings] = [k, siblings + 1];
    else if (rank(n.level) < rank(level)) return siblings >= 2 ? k : first;
  }
  return first;
}

function lastTaken(taken: ReadonlySet<number>, before: number): number {
  for (let i = before - 1; i >= 0 && i >= before - 200; i--) if (taken.has(i)) return i;
  return -1;
}
