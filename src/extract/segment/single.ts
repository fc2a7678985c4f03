// A file with no title-over-number head: one document copied from a web
// page, say. Its title is the first title-like line near the top; its number
// may sit above or below the title, or in a `发文字号：` field.
import type { Line } from '../location';
import type { Head } from './heads';
import { isOrganLine, nonBlank } from './heads';
import { compact, endsSentence, endsWithGenre, normaliseNumber, numberLine } from './text';

const SEARCH_LINES = 40;
const NUMBER_FIELD_RE = /^(?:发文字号|文号|发文号|字号)[：:]\s*(.+)$/;

export function lonelyHead(lines: readonly Line[]): Head[] {
  const nb = nonBlank(lines).slice(0, SEARCH_LINES);
  const k = nb.findIndex((i) => isTitle((lines[i] as Line).text));
  if (k < 0) return [];
  const i = nb[k] as number;
  const titleIdx = k > 0 && isOrganLine((lines[nb[k - 1] as number] as Line).text) ? [nb[k - 1] as number, i] : [i];
  const near = [...nb.slice(Math.max(0, k - 3), k), ...nb.slice(k + 1, k + 4)];
  const numIdx = near.find((j) => numberLine((lines[j] as Line).text)?.ordinance === false);
  const inTitle = numberAfterTitle((lines[i] as Line).text);
  const docNumber = numIdx !== undefined ? compact((lines[numIdx] as Line).text) : (inTitle?.docNumber ?? numberField(lines, nb));
  const titleLines = titleIdx.map((j) => lines[j] as Line);
  if (inTitle) titleLines[titleLines.length - 1] = { no: (lines[i] as Line).no, text: inTitle.title };
  return [
    {
      titleLines,
      numberLine: numIdx !== undefined ? (lines[numIdx] as Line) : null,
      docNumber,
      ordinance: false,
      first: Math.min(titleIdx[0] as number, numIdx ?? Infinity),
      last: Math.max(i, numIdx ?? -1),
    },
  ];
}

function isTitle(text: string): boolean {
  if (text.length > 200) return false;
  const t = compact(text);
  return t.length >= 6 && t.length <= 100 && endsWithGenre(t) && !endsSentence(t) && !/[：:]/.test(t);
}

/** `…的通知（银政发〔2023〕1号）`: a web listing's title with its number. */
function numberAfterTitle(text: string): { title: string; docNumber: string } | null {
  const m = /^(.*?)\s*[（(]([^（()）]{2,30}〔\d{4}〕\d+号)[)）]$/.exec(text);
  return m && endsWithGenre(m[1] ?? '') ? { title: m[1] ?? '', docNumber: compact(m[2] ?? '') } : null;
}

function numberField(lines: readonly Line[], nb: readonly number[]): string | null {
  for (const i of nb) {
    const text = (lines[i] as Line).text;
    const m = text.length < 80 ? NUMBER_FIELD_RE.exec(compact(text)) : null;
    const n = m ? normaliseNumber(m[1] ?? '') : null;
    if (n) return n;
  }
  return null;
}
