// The table of contents (目录): sections 【…】, titles (wrapped over lines),
// document numbers in brackets, dotted leaders and page numbers.
import type { Line } from '../location';
import { spanOf } from '../location';
import type { ContentsEntry } from '../types';
import { compact, CONTENTS_TAIL_RE, numberLine } from './text';

const SECTION_RE = /^【([^】]{1,40})】\s*(.*)$/;
/** A section printed without 【】 on a line of its own: 县政府文件, 人事任免, 政策解读 (never a title: no 关于, no 的). */
const PLAIN_SECTION_RE = /^(?!.*(?:关于|的))[\u4e00-\u9fa5]{0,8}(?:文件|任免|公告|通告|规章|命令|法规|解读|动态|信息|大事记|其他)$/;
const BRACKETED_NUMBER_RE = /[（(]\s*([^（()）]{1,40}?(?:〔\d{4}〕|令〔?\d{4}〕?)\s*第?\s*\d+\s*号)\s*[)）]\s*$/;
const TITLE_NUMBER_RE = /^(.*?[（(]\d{4}[)）]\s*第[\d〇零一二三四五六七八九十百]+号)$/;

/** Index of the `目录` line, or -1. */
export function contentsStart(lines: readonly Line[]): number {
  return lines.findIndex((l) => l.text.length < 12 && compact(l.text) === '目录');
}

/** Parses the entries between the 目录 line and `end` (exclusive). */
export function parseContents(lines: readonly Line[], end: number): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  let section: string | null = null;
  let pending: Line[] = [];
  for (let i = contentsStart(lines); i >= 0 && i < end; i++) {
    const line = lines[i] as Line;
    let text = line.text.trim();
    if (!text) continue;
    if (compact(text) === '目录' || /[：:]/.test(text)) {
      pending = [];
      continue;
    }
    const sec = SECTION_RE.exec(text);
    if (sec) {
      section = compact(sec[1] ?? '');
      pending = [];
      text = (sec[2] ?? '').trim();
      if (!text) continue;
      const page = /^(?:[.…·]{2,})?\s*(\d{1,4})$/.exec(text);
      if (page) {
        entries.push({ section, title: section ?? '', docNumber: null, page: Number(page[1]), lines: [line.no] });
        continue;
      }
    }
    const tail = CONTENTS_TAIL_RE.exec(text);
    const head = tail ? text.slice(0, tail.index).trim() : text;
    const bare = !tail && numberLine(head) ? { index: 0, 1: compact(head) } : null;
    const num = BRACKETED_NUMBER_RE.exec(head) ?? bare;
    if (!tail && !num) {
      if (pending.length === 0 && PLAIN_SECTION_RE.test(compact(text))) section = compact(text);
      else pending.push({ no: line.no, text });
      continue;
    }
    const titlePart = num ? head.slice(0, num.index) : head;
    const parts = titlePart ? [...pending, { no: line.no, text: titlePart }] : pending;
    const title = compact(parts.map((p) => p.text).join('')) || (sec ? (section ?? '') : '');
    entries.push({
      section,
      title,
      docNumber: num ? compact(num[1] ?? '') : titleNumber(title),
      page: tail ? Number(tail[1]) : null,
      lines: spanOf([...parts, line]),
    });
    pending = [];
  }
  return entries;
}

function titleNumber(title: string): string | null {
  const m = TITLE_NUMBER_RE.exec(title);
  return m ? (m[1] ?? '').replace(/[（(](\d{4})[)）]/, '〔$1〕') : null;
}
