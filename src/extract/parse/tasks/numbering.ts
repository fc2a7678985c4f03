// Item numbering (一、 （一） 1. （1） 任务1： 第一条) and role labels at a
// line's start. Every pattern is anchored and bounded: no backtracking.

import { LABEL } from './roles';

export type Level = 'chapter' | 'article' | 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic' | 'task' | 'circled';

export interface Numbering {
  level: Level;
  /** The label as printed, without punctuation (二, （一）, 1, 任务1). */
  label: string;
  /** Length of the numbering prefix in the text. */
  length: number;
}

const CN = '[一二三四五六七八九十百零〇两]';
const PATTERNS: [Level, RegExp, (m: RegExpExecArray) => string][] = [
  ['chapter', new RegExp(`^第${CN}{1,4}章\\s*`), (m) => m[0].trim()],
  ['article', new RegExp(`^第${CN}{1,4}条\\s*`), (m) => m[0].trim()],
  ['task', /^任务\s*(\d{1,3})\s*[：:]\s*/, (m) => `任务${m[1]}`],
  ['paren-cn', new RegExp(`^[（(]\\s*(${CN}{1,3})\\s*[）)]\\s*`), (m) => `（${m[1]}）`],
  ['cn', new RegExp(`^(${CN}{1,3})\\s*[、．.]\\s*`), (m) => m[1] as string],
  ['paren-arabic', /^[（(]\s*(\d{1,3})\s*[）)]\s*/, (m) => `（${m[1]}）`],
  ['arabic', /^(\d{1,3})\s*[.、．](?!\d)\s*/, (m) => m[1] as string],
  ['circled', /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/, (m) => m[1] as string],
];

/** Characters a numbering can start with (a quick reject before the patterns). */
const FIRST = new Set('第任（(0123456789一二三四五六七八九十百零〇两①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳');

export function numberingOf(text: string): Numbering | null {
  if (!FIRST.has(text[0] as string)) return null;
  for (const [level, re, label] of PATTERNS) {
    const m = re.exec(text);
    if (m) return { level, label: label(m), length: m[0].length };
  }
  return null;
}

/** Role labels: 牵头单位： 责任部门： 对接牵头部门： 配合单位 ： 完成时限： … */
export const ROLE_LABEL = LABEL;

/** True when a line starts a new item or label (so it never continues the previous one). */
export function startsItem(text: string): boolean {
  return numberingOf(text) !== null || ROLE_LABEL.test(text) || /^(?:实施内容|工作措施|存在问题|主要内容|工作目标)\s*[：:]/.test(text);
}

/** Rank of a level: lower is higher in the outline. */
export function rank(level: Level): number {
  return ['chapter', 'article', 'cn', 'paren-cn', 'task', 'arabic', 'paren-arabic', 'circled'].indexOf(level);
}
