// Role lists in a bracket at the end of a paragraph or sentence:
// （牵头部门：…；配合部门：…；完成时限：…）, 〔责任单位：…〕, [牵头单位：…；责任单位：…],
// （X、Y按职能分工负责；…）. Each bracket closes one task: the text since the
// previous bracket in the same paragraph. Open and close may be of
// different kinds (〔…]), as the conversion leaves them.
import type { Block } from './blocks';
import { linesOfStretch, type Draft } from './draft';
import { numberingOf, rank } from './numbering';
import { emptyRaw, LABEL, LABEL_ANYWHERE, mergeRaw, readBracket } from './roles';

const OPEN = new Set([0xff08, 0x28, 0x3014, 0x5b, 0x3010]); // （ ( 〔 [ 【
const CLOSE = new Set([0xff09, 0x29, 0x3015, 0x5d, 0x3011]); // ） ) 〕 ] 】
const VERB_HINT = /(?:牵头|负责|配合|参与)\s*(?:[；;，,]|$)/;
const MAX_BRACKET = 600;

export interface Bracket {
  open: number;
  close: number;
  content: string;
}

/** Top-level brackets of a text whose content names roles. */
export function roleBrackets(text: string): Bracket[] {
  const out: Bracket[] = [];
  if (!/单位|部门|领导|主体|负责|牵头|配合|参与/.test(text)) return out;
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (OPEN.has(c)) {
      if (depth === 0) open = i;
      depth++;
    } else if (CLOSE.has(c) && depth > 0) {
      depth--;
      if (depth === 0 && i - open <= MAX_BRACKET) {
        const content = text.slice(open + 1, i);
        if (LABEL.test(content) || VERB_HINT.test(content))
          out.push({ open, close: i, content });
      }
    }
  }
  return out;
}

/** Role labels run on at a paragraph's end without a bracket: `…。牵头单位：X；配合单位：Y`. */
export function trailingLabels(text: string): Bracket | null {
  const m = TRAILING.exec(text);
  if (!m) return null;
  const open = (m.index ?? 0) + 1;
  return { open, close: text.length, content: text.slice(open + (m[0].length - 1)) };
}

const TRAILING = new RegExp(`[。；;]\\s{0,3}(?=${LABEL_ANYWHERE.source})`);

export function inlineTasks(blocks: readonly Block[], taken: Set<number>): Draft[] {
  const out: Draft[] = [];
  const atBlock = new Map<number, Draft[]>();
  blocks.forEach((b, i) => {
    if (b.table || taken.has(i) || LABEL.test(b.text)) return; // a label line (even in brackets) closes the items above it
    let from = 0;
    let found = false;
    const tail = trailingLabels(b.text);
    // A bracket inside the trailing labels (责任单位：X（牵头），Y) belongs to them;
    // one that spans their start (（…。牵头单位：X）) is the labels' own bracket.
    const brackets = roleBrackets(b.text).filter((br) => !tail || br.open < tail.open);
    if (tail && (brackets.length === 0 || (brackets[brackets.length - 1] as Bracket).close < tail.open)) brackets.push(tail);
    for (const br of brackets) {
      const roles = readBracket(br.content);
      if (!roles) continue;
      const text = b.text.slice(from, br.close + 1).replace(/^[。；;，,\s]+/, '');
      const draft = { number: numberingOf(b.text)?.label ?? null, text, roles, lines: linesOfStretch(b, from, br.close + 1) };
      out.push(draft);
      atBlock.set(i, [...(atBlock.get(i) ?? []), draft]);
      from = br.close + 1;
      found = true;
    }
    if (found) taken.add(i);
  });
  return spreadHeadingLeads(blocks, atBlock, out, taken);
}

/**
 * `一、提升城市环境（牵头单位：市住建局）` over numbered items: a lead printed
 * once above several items applies to each item under it, and the heading
 * is not a task of its own. Items without a bracket of their own become
 * tasks with the heading's roles.
 */
function spreadHeadingLeads(blocks: readonly Block[], atBlock: ReadonlyMap<number, Draft[]>, drafts: Draft[], taken: Set<number>): Draft[] {
  const dropped = new Set<Draft>();
  const added: Draft[] = [];
  for (const [i, [heading, ...more]] of atBlock) {
    const h = numberingOf((blocks[i] as Block).text);
    const r = heading?.roles;
    if (!heading || more.length || !h || !r || !r.leads.length || r.responsible.length + r.cooperating.length > 0) continue;
    const title = heading.text.slice(h.length).replace(/[（(〔\[【][^（(〔\[【]*$/, '');
    if (title.length > 40 || /[。；;]/.test(title) || !/[)）〕\]】]。?$/.test(heading.text)) continue;
    const items: number[] = [];
    for (let k = i + 1; k < blocks.length; k++) {
      const n = numberingOf((blocks[k] as Block).text);
      if (n && rank(n.level) <= rank(h.level)) break;
      if (n && (items.length === 0 || numberingOf((blocks[items[0] as number] as Block).text)?.level === n.level)) items.push(k);
    }
    if (items.length === 0 || items[0] !== i + 1) continue;
    dropped.add(heading);
    for (const k of items) {
      const own = atBlock.get(k);
      if (own) for (const d of own) d.roles = mergeRaw(r, d.roles);
      else if (!taken.has(k)) {
        const b = blocks[k] as Block;
        added.push({ number: numberingOf(b.text)?.label ?? null, text: b.text, roles: mergeRaw(r, emptyRaw()), lines: linesOfStretch(b, 0, b.text.length) });
        taken.add(k);
      }
    }
  }
  return [...drafts.filter((d) => !dropped.has(d)), ...added];
}
