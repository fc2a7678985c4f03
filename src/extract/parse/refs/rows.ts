// Table rows that name a document by title and number in separate cells
// (序号<TAB>文件名称<TAB>文号), as repeal decisions print their lists.
import type { Line } from '../../location';
import { findDocNumbers } from './docnumber';
import { passageOf, type Passage } from './passage';
import type { CitedRef } from './cited';

export interface RowRef {
  ref: CitedRef;
  passage: Passage;
}

const CELL_SPLIT = /\t|\s{2,}|\|/;
const TITLE_CELL = /[\u4e00-\u9fa5]{4,}/;

export function repealRows(lines: readonly Line[], jurisdiction: string): RowRef[] {
  const out: RowRef[] = [];
  for (const line of lines) {
    const cells = line.text.split(CELL_SPLIT).map((c) => c.replace(/\s+/g, '')).filter(Boolean);
    if (cells.length < 2 || cells.some((c) => c.includes('《'))) continue;
    const numberCell = cells.findIndex((c) => findDocNumbers(c, jurisdiction).length === 1 && c.length <= 30);
    if (numberCell < 0) continue;
    const number = findDocNumbers(cells[numberCell] ?? '', jurisdiction)[0];
    const titles = cells.filter((c, i) => i !== numberCell && TITLE_CELL.test(c) && !/^\d+$/.test(c));
    const title = titles.sort((a, b) => b.length - a.length)[0] ?? null;
    const passage = passageOf([line]);
    out.push({ ref: { title, docNumber: number?.docNumber ?? null, start: 0, end: passage.text.length }, passage });
  }
  return out;
}
