// The tasks genre parser: who leads, is responsible for, or cooperates on
// each task. Each layout family has its own module; this one composes them
// and resolves the units named.
import type { DocumentSegment, GenreParser, ParseContext } from '../../stages';
import type { Task } from '../../types';
import { toBlocks } from './blocks';
import type { Draft } from './draft';
import { inlineTasks } from './inline';
import { labelledTasks } from './labelled';
import { proseTasks } from './prose';
import { appendRaw, resolveRoles } from './roles';
import { tableTasks } from './table';

export function findDrafts(doc: DocumentSegment): Draft[] {
  const blocks = toBlocks(doc.lines);
  const taken = new Set<number>();
  const drafts = [...tableTasks(blocks, taken), ...inlineTasks(blocks, taken)];
  drafts.push(...labelledTasks(blocks, taken));
  drafts.push(...proseTasks(blocks, taken, doc.jurisdiction));
  return mergeRepeats(drafts.sort((a, b) => a.lines[0] - b.lines[0]));
}

/** A task printed twice (in the body and again in an attachment table) is one task. */
function mergeRepeats(drafts: Draft[]): Draft[] {
  const byText = new Map<string, Draft>();
  const out: Draft[] = [];
  for (const d of drafts) {
    const key = (d.key ?? d.text).slice(0, 200).replace(/^\s*\S{0,6}?[、.．）)]\s*/, '').replace(/[\s，,。.、；;：:！!？?“”"‘’'（）()《》〈〉【】〔〕\[\]…—·-]/g, '').slice(0, 20);
    const first = key.length >= 12 ? byText.get(key) : undefined;
    if (!first || d.lines[0] - (first.lines[first.lines.length - 1] ?? 0) < 10) {
      if (key.length >= 12) byText.set(key, d);
      out.push(d);
      continue;
    }
    appendRaw(first.roles, d.roles);
  }
  return out;
}

function toTask(d: Draft, doc: DocumentSegment, ctx: ParseContext): Task | null {
  const r = resolveRoles(d.roles, ctx, doc.jurisdiction);
  if (r.leads.length + r.responsible.length + r.cooperating.length + r.leaders.length === 0) return null;
  return { number: d.number, text: d.text, ...r, lines: d.lines };
}

export const tasksParser: GenreParser = {
  name: 'tasks',
  parse(doc, ctx) {
    const tasks = findDrafts(doc)
      .map((d) => toTask(d, doc, ctx))
      .filter((t): t is Task => t !== null);
    return { tasks };
  },
};
