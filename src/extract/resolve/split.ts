// Splitting a unit list as printed into its items, and a bracketed sub-unit
// list off an item. Linear scans only: no regex runs over a whole list.
import { UNIT_NAME_END } from './lexicon';

const OPEN = new Set(['（', '(', '〔', '[', '【', '“', '"', '《']);
const CLOSE = new Set(['）', ')', '〕', ']', '】', '”', '》']);
const SEPARATORS = new Set(['、', '，', ',', '；', ';', '/', '／']);

/**
 * Repairs conversion noise in a list: ` and ` for 和, spaces, line breaks.
 * A table cell that lost its 、 (`市财政局 人民银行吴忠市中心支行`) keeps
 * each spaced name apart: every piece is a whole unit name, and there is no
 * other separator.
 */
export function cleanList(text: string): string {
  const pieces = text.trim().split(/[\s\u3000]+/);
  if (pieces.length >= 2 && !/[、，,；;]/.test(text) && pieces.every((p) => p.length >= 3 && UNIT_NAME_END.test(p))) text = pieces.join('、');
  const joined = text
    .replace(/(?<=[\u4e00-\u9fa5（）()])\s{1,3}and\s{1,3}(?=[\u4e00-\u9fa5（）()])/g, '和')
    .replace(/[\s\u3000]+/g, '');
  return trimPunctuation(joined);
}

const EDGE_PUNCTUATION = new Set(['：', ':', '，', ',', '、', '；', ';', '。']);

/** Strips list punctuation from both ends (a loop: no backtracking on long runs). */
export function trimPunctuation(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE_PUNCTUATION.has(s[a] as string)) a++;
  while (b > a && EDGE_PUNCTUATION.has(s[b - 1] as string)) b--;
  return s.slice(a, b);
}

/** Splits on 、，,；; outside brackets and quotes. */
export function splitTopLevel(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') quote = !quote;
    else if (c === '“') quote = true;
    else if (c === '”') quote = false;
    else if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && !quote && SEPARATORS.has(c)) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Drops 等 / 等部门 / 等单位 and trailing punctuation from one item. */
export function dropEtc(item: string): string {
  return trimPunctuation(trimPunctuation(item).replace(/等(?:有关|相关)?(?:部门|单位|机构)?$/, ''));
}

/**
 * A trailing bracket holding unit names (县委网信办（城运中心）) is split off:
 * `[head, [sub…]]`. A bracket inside a name (各县（市）区) is left alone. A
 * list of two or more may hold parts of the unit too (管委会（德胜片区、金贵片区）).
 */
export function splitSubUnits(
  item: string,
  isUnitName: (s: string) => boolean,
  isListedSubUnit: (s: string) => boolean = isUnitName,
): [string, string[]] {
  const last = item[item.length - 1];
  if (last !== '）' && last !== ')') return [item, []];
  let depth = 0;
  for (let i = item.length - 1; i >= 0; i--) {
    const c = item[i] as string;
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      depth--;
      if (depth === 0) {
        const head = item.slice(0, i);
        const subs = splitTopLevel(item.slice(i + 1, -1));
        const ok = subs.length > 1 ? subs.every(isListedSubUnit) : subs.length === 1 && isUnitName(subs[0] as string);
        return head.length >= 2 && ok ? [head, subs] : [item, []];
      }
    }
  }
  return [item, []];
}
