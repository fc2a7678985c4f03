// Tables flattened to TAB-separated rows: a header row naming a role column
// (主要任务	重点内容	牵头单位), repeated on every page; each later row is
// one task, its unit cell under the role column (or, in a row whose cells
// shifted left, the last cell that reads as a unit list).
import type { Block } from './blocks';
import type { Draft } from './draft';
import { mergeSpans, spanOf } from '../../location';
import { numberingOf, ROLE_LABEL } from './numbering';
import { addLabel, emptyRaw, hasUnits, ROLE_HEADER, roleOf, type Role } from './roles';

const UNIT_LIST_END = /[局委办院队站会心室部司行府区团社场位厅处署）)]$/;

interface Header {
  text: string;
  roles: Map<number, Role>;
}

function readHeader(b: Block): Header | null {
  const cells = b.text.split('\t').map((c) => c.replace(/\s+/g, ''));
  const roles = new Map<number, Role>();
  cells.forEach((c, i) => {
    const m = ROLE_HEADER.exec(c);
    const role = m ? roleOf(m[1], m[2]) : null;
    if (role) roles.set(i, role);
  });
  return [...roles.values()].some((r) => r !== 'deadline') ? { text: cells.join('\t'), roles } : null;
}

export function tableTasks(blocks: readonly Block[], taken: Set<number>): Draft[] {
  const out: Draft[] = [];
  let header: Header | null = null;
  let lastRow: { draft: Draft; block: number } | null = null;
  blocks.forEach((b, i) => {
    if (!b.table) {
      // a row whose TABs the conversion lost: `2. 推进…。县委网信办`
      const row = header && numberingOf(b.text) && gluedUnitList(b.text) !== null ? rowTask(b, header) : null;
      if (row) {
        out.push(row);
        lastRow = { draft: row, block: i };
        taken.add(i);
      } else if (header && lastRow?.block === i - 1 && blocks[i + 1]?.table && isCellOverflow(b.text)) {
        // the rest of the row's text cell, printed on a line of its own
        // (only its TABs around it were lost): the table goes on below it
        lastRow.draft.text += b.text;
        lastRow.draft.lines = mergeSpans(lastRow.draft.lines, spanOf(b.parts));
        lastRow.block = i;
        taken.add(i);
      } else header = null;
      return;
    }
    const h = readHeader(b);
    if (h) {
      header = h;
      taken.add(i);
      return;
    }
    if (!header) return;
    const draft = rowTask(b, header);
    if (draft) out.push(draft);
    lastRow = draft ? { draft, block: i } : null;
    taken.add(i);
  });
  return out;
}

function rowTask(b: Block, header: Header): Draft | null {
  const cells = b.text.split('\t').map((c) => c.trim());
  const raw = emptyRaw();
  for (const [i, role] of header.roles) if (cells[i]) addLabel(raw, role, cells[i] as string);
  const roleCells = new Set(header.roles.keys());
  if (!hasUnits(raw)) {
    const role = [...header.roles.values()].find((r) => r !== 'deadline' && r !== 'leaders') ?? 'responsible';
    const k = lastUnitCell(cells);
    if (k !== null) {
      addLabel(raw, role, cells[k] as string);
      roleCells.add(k);
    } else {
      // the TAB before the unit cell was lost: `…迁移。县委网信办（城运中心）`
      const glued = gluedUnitList(cells[cells.length - 1] ?? '');
      if (glued === null) return null;
      addLabel(raw, role, glued);
    }
  }
  const textCells = cells.filter((c, i) => c && !roleCells.has(i));
  const numbered = textCells.map((c) => numberingOf(c)).filter((n) => n !== null);
  const serial = /^\d{1,3}$/.test(cells[0] ?? '') ? (cells[0] as string) : null;
  return {
    number: numbered[numbered.length - 1]?.label ?? serial,
    text: textCells.join(' '),
    key: textCells.reduce((a, c) => (c.length > a.length ? c : a), ''),
    roles: raw,
    lines: b.parts.length > 1 ? [b.parts[0]!.no, b.parts[b.parts.length - 1]!.no] : [b.parts[0]!.no],
  };
}

/** A short stretch of cell text: not an item, a heading or a role label. */
function isCellOverflow(text: string): boolean {
  return text.length <= 60 && numberingOf(text) === null && !ROLE_LABEL.test(text);
}

function gluedUnitList(cell: string): string | null {
  const k = Math.max(cell.lastIndexOf('。'), cell.lastIndexOf('；'));
  if (k < 0 || k === cell.length - 1) return null;
  const tail = cell.slice(k + 1).trim();
  const items = tail.split(/[、，,]/);
  const ok = tail.length <= 60 && UNIT_LIST_END.test(tail) && items.every((x) => x.length >= 2 && x.length <= 25 && !/[的是在将要为]/.test(x));
  return ok ? tail : null;
}

function lastUnitCell(cells: string[]): number | null {
  for (let i = cells.length - 1; i > 0; i--) {
    const c = (cells[i] as string).replace(/\s+/g, '');
    if (!c) continue;
    return c.length <= 60 && !/。/.test(c) && UNIT_LIST_END.test(c) ? i : null;
  }
  return null;
}
