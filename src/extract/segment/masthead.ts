// The gazette masthead: name, year, issue (第N期), total issue (总第N期),
// publication date, and the editorial committee and staff with their roles.
import type { Line } from '../location';
import { spanOf } from '../location';
import type { Editor, GazetteInfo } from '../types';
import { compact, isoDate } from './text';

/** A gazette's name, not a report titled 统计公报: 人民政府公报, 政府公报, 国务院公报, 常委会公报, 政报. */
const NAME_RE = /^[\u4e00-\u9fff]{0,20}(?:政府|国务院|常务委员会|常委会)公报$|^[\u4e00-\u9fff]{2,20}政报$/;
const ISSUE_RE = /((?:19|20)\d{2})年第(\d{1,3})期/;
const BARE_ISSUE_RE = /(?:^|[^总])第(\d{1,3})期/;
const TOTAL_RE = /总第(\d{1,5})期/;
const PUBLISHED_RE = /((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)出版|(?:出版|发行)(?:日期|时间)[：:]((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)/;
const YEAR_ONLY_RE = /^((?:19|20)\d{2})$/;

/** Reads the masthead from the front matter; null when it names no gazette and no issue. */
export function parseMasthead(front: readonly Line[]): GazetteInfo | null {
  let name: string | null = null;
  let year: number | null = null;
  let issue: number | null = null;
  let totalIssue: number | null = null;
  let publishedOn: string | null = null;
  const used: Line[] = [];
  for (const line of front) {
    if (line.text.length > 200) continue;
    const t = compact(line.text);
    if (!t) continue;
    const before = [name, year, issue, totalIssue, publishedOn].join();
    if (name === null && NAME_RE.test(t) && !/[《》]/.test(t)) name = t;
    const is = ISSUE_RE.exec(t);
    if (is) (year ??= Number(is[1])), (issue ??= Number(is[2]));
    const bare = BARE_ISSUE_RE.exec(t);
    if (bare && issue === null) issue = Number(bare[1]);
    const total = TOTAL_RE.exec(t);
    if (total && totalIssue === null) totalIssue = Number(total[1]);
    const pub = PUBLISHED_RE.exec(t);
    if (pub && publishedOn === null) publishedOn = isoDate(pub[1] ?? pub[2] ?? '');
    const y = YEAR_ONLY_RE.exec(t);
    if (y && year === null) year = Number(y[1]);
    if (before !== [name, year, issue, totalIssue, publishedOn].join()) used.push(line);
  }
  if (year === null && publishedOn) year = Number(publishedOn.slice(0, 4));
  if (name === null && (issue === null || (totalIssue === null && publishedOn === null))) return null;
  const editors = parseEditors(front);
  return { name, year, issue, totalIssue, publishedOn, editors, ...(used.length ? { lines: spanOf(used) } : {}) };
}

const ROLE_RE =
  /^(主\s*任|副\s*主\s*任|执\s*行\s*主\s*编|副\s*主\s*编|主\s*编|委\s*员|编\s*委|责\s*任\s*编\s*辑|编\s*辑|校\s*对|顾\s*问|社\s*长|总\s*编\s*辑|副\s*总\s*编\s*辑)\s*[：:]\s*(.*)$/;
const LABEL_RE = /^[\u4e00-\u9fff\s]{1,10}[：:]/;
const NAME_TOKEN_RE = /^[\u4e00-\u9fff·]{2,4}$/;

/** Every name with its role; a line of names under a role continues it. */
export function parseEditors(front: readonly Line[]): Editor[] {
  const editors: Editor[] = [];
  let role: string | null = null;
  for (const line of front) {
    const text = line.text.trim();
    if (!text) continue;
    const m = ROLE_RE.exec(text);
    if (m) {
      role = compact(m[1] ?? '');
      addNames(editors, role, m[2] ?? '', line.no);
      continue;
    }
    if (LABEL_RE.test(text)) {
      role = null;
      continue;
    }
    if (role === null) continue;
    const names = namesIn(text);
    if (names === null) role = null;
    else for (const name of names) editors.push({ name, role, lines: [line.no] });
  }
  return editors;
}

function addNames(editors: Editor[], role: string, value: string, no: number): void {
  for (const name of namesIn(value) ?? []) editors.push({ name, role, lines: [no] });
}

/**
 * Names in a line, or null when the line is not a list of names. Two lone
 * characters in a row are one letter-spaced name (`马 瑞` → 马瑞).
 */
export function namesIn(text: string): string[] | null {
  const cleaned = text.replace(/[（(][^）)]*[）)]/g, ' ').trim();
  if (!cleaned) return [];
  const tokens = cleaned.split(/[\s、，,]+/).filter(Boolean);
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const next = tokens[i + 1];
    if (t.length === 1 && next !== undefined && next.length === 1) {
      names.push(t + next);
      i++;
    } else names.push(t);
  }
  return names.every((n) => NAME_TOKEN_RE.test(n)) ? names : null;
}
