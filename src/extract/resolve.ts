// Entity resolution: unit mentions → canonical OrgRefs. The gazetteer is
// learned from the whole file (resolve/gazetteer.ts); lists are split as
// printed (resolve/split.ts) and each item named in full
// (resolve/canonical.ts). No table of any corpus's units or answers.
import type { Line } from './location';
import { canonicalName, isGroup, parseMention } from './resolve/canonical';
import { emptyGazetteer, learn, type Gazetteer } from './resolve/gazetteer';
import { BODY_TYPES, PARTY_ORGAN_CORES, SUB_UNIT_END, UNIT_END } from './resolve/lexicon';
import { cleanList, dropEtc, splitSubUnits, splitTopLevel } from './resolve/split';
import type { UnitResolver } from './stages';
import type { OrgRef } from './types';

const MAX_MENTION = 40;
const MAX_CACHED_LISTS = 20000;
/** A verb phrase after the last unit (…医保局按职能分工负责). */
const TRAILING_VERB = /(?<=[局委办院队站会心室部司行府区团社厅处署])(?:按职能(?:分工)?|具体|共同|分别|要|等部门)?(?:负责|牵头|配合|落实|参与|抓好)(?!单位|部门).*$/;

export function buildUnitResolver(lines: readonly Line[]): UnitResolver {
  const g = emptyGazetteer();
  for (const l of lines) learn(g, l.text);
  return resolverOver(g);
}

/** A resolver over a gazetteer (exposed for tests and for learning more text). */
export function resolverOver(g: Gazetteer): UnitResolver & { learn(text: string): void } {
  const cache = new Map<string, OrgRef>();
  const unit = (mention: string, jurisdiction: string, inherited = ''): OrgRef => {
    const m = dropEtc(cleanList(mention));
    const key = `${jurisdiction}|${inherited}|${m}`;
    let ref = cache.get(key);
    if (!ref) {
      ref = isGroup(m) ? groupRef(m) : { name: canonicalName(m, jurisdiction, g, inherited), mention: m };
      cache.set(key, ref);
    }
    return { ...ref };
  };
  const lists = new Map<string, OrgRef[]>();
  const list = (text: string, jurisdiction: string): OrgRef[] => {
    const key = `${jurisdiction}|${text}`;
    let refs = lists.get(key);
    if (!refs) {
      refs = resolveList(text, jurisdiction, g, unit);
      if (lists.size < MAX_CACHED_LISTS) lists.set(key, refs);
    }
    return refs.map((r) => ({ ...r }));
  };
  return {
    unit: (mention, jurisdiction) => unit(mention, jurisdiction),
    list,
    learn: (text) => {
      learn(g, text);
      cache.clear();
      lists.clear();
    },
  };
}

function groupRef(m: string): OrgRef {
  return { name: m.replace(/\(/g, '（').replace(/\)/g, '）'), mention: m, group: true };
}

type UnitFn = (mention: string, jurisdiction: string, inherited?: string) => OrgRef;

function resolveList(text: string, jurisdiction: string, g: Gazetteer, unit: UnitFn): OrgRef[] {
  const items = splitTopLevel(cleanList(text))
    .flatMap(splitMissingSeparator)
    .map((s) => dropEtc(s.replace(TRAILING_VERB, '')))
    .filter((s) => s.length >= 2 && s.length <= MAX_MENTION);
  const first = items[0] ? parseMention(items[0], g.places) : null;
  const inherited = first && first.place.length === 1 ? first.place : '';
  const out: OrgRef[] = [];
  let distributive = false;
  let partyPrefix = '';
  for (const item of items) {
    const [head, subs] = splitSubUnits(item, looksLikeUnit, looksLikeSubUnit);
    if (distributive && BODY_TYPES.has(head)) {
      out.push({ name: '各' + head, mention: head, group: true });
      continue;
    }
    const parsed = parseMention(head, g.places);
    const bareParty = partyPrefix && !parsed.place && !parsed.party && PARTY_ORGAN_CORES.has(head);
    const ref = bareParty ? { ...unit(partyPrefix + head, jurisdiction), mention: head } : unit(head, jurisdiction, inherited);
    // 县委全面深化改革委员会、机构编制委员会: the next party organ is the same 县委's
    partyPrefix = parsed.party && /^[市县区]委/.test(head) ? head.slice(0, 2) : bareParty ? partyPrefix : '';
    distributive = !!ref.group && head.startsWith('各');
    out.push(ref);
    for (const s of subs) out.push({ ...unit(s, jurisdiction, inherited), parent: ref.name });
  }
  return out;
}

/** `市卫生健康委员会各县（市）区人民政府`: a unit and a group printed without a separator. */
function splitMissingSeparator(item: string): string[] {
  const m = /(?<=[局委会办室院心])各(?=县|区|乡|镇|园区|街道|市(?!直|属))/.exec(item);
  return m && m.index >= 3 ? [item.slice(0, m.index), item.slice(m.index)] : [item];
}

/** An item of a bracketed list of two or more sub-units: a unit or a part of one (德胜片区, 公路段). */
function looksLikeSubUnit(s: string): boolean {
  return looksLikeUnit(s) || (s.length >= 3 && s.length <= 20 && SUB_UNIT_END.test(s) && !/以下简称|简称|含|等/.test(s));
}

function looksLikeUnit(s: string): boolean {
  return s.length >= 2 && s.length <= 20 && UNIT_END.has(s[s.length - 1] as string) && !/以下简称|简称|含/.test(s);
}
