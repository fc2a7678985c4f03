// The gazetteer: what the whole file teaches about unit names. It harvests
// unit-like names from every line (one linear pass), the place names that
// stand before 人民政府/委, and `（以下简称X）` definitions; `expand` then
// turns a short core name into the full one the text uses elsewhere, only
// when the evidence is unambiguous.
import { COMPLETE_NAMES, NATIONAL_PREFIXES, PROVINCES, UNIT_END, UNIT_SUFFIXES } from './lexicon';

const CJK = /[\u4e00-\u9fa5]/;
const BOUNDARY = codeTable(' \t\u3000、，,；;：:（）()〔〕[]【】“”"《》。！？!?·');
const SUFFIX_START = new Set(UNIT_SUFFIXES.map((s) => s[0] as string));
const UNIT_END_CODES = codeTable([...UNIT_END].join(''));

/** A lookup table by UTF-16 code unit (no one-character strings in the hot loop). */
function codeTable(chars: string): Uint8Array {
  const t = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}
const MAX_NAME = 24;

export interface Gazetteer {
  /** Place names seen before 人民政府 / 委 (银川市, 兴庆区, 贺兰县 …). */
  places: Set<string>;
  /** How often each place was seen (the city a county document means by 市). */
  placeCounts: Map<string, number>;
  /** Core name (no jurisdiction) → how often it was seen. */
  cores: Map<string, number>;
  /** The same cores by their first character. */
  byFirst: Map<string, Map<string, number>>;
  /** Core → fuller printed form with a province or national prefix. */
  prefixed: Map<string, string>;
  /** Short name → full name, from （以下简称…） definitions. */
  defined: Map<string, string>;
}

export function emptyGazetteer(): Gazetteer {
  return { places: new Set(), placeCounts: new Map(), cores: new Map(), byFirst: new Map(), prefixed: new Map(), defined: new Map() };
}

/** Learns from text (call once per line or once per file). */
export function learn(g: Gazetteer, text: string): void {
  if (text.includes('委') || text.includes('政府')) learnPlaces(g, text);
  if (text.includes('简称')) learnDefinitions(g, text);
  forEachSegment(text, (seg) => harvest(g, seg));
}

function learnPlaces(g: Gazetteer, text: string): void {
  const re = /([\u4e00-\u9fa5]{2,3}?[市县区省])(?=人民政府|委员会|委(?!员))/g;
  for (const m of text.matchAll(re)) {
    const p = m[1] as string;
    if (p.endsWith('自治区')) continue; // the tail of 广西壮族自治区, counted whole below
    g.places.add(p);
    g.placeCounts.set(p, (g.placeCounts.get(p) ?? 0) + 1);
  }
  // Only counted: the region a bare 自治区 in this text stands for (see placeFor).
  if (text.includes('自治区'))
    for (const m of text.matchAll(AUTONOMOUS_REGION)) g.placeCounts.set(m[0], (g.placeCounts.get(m[0]) ?? 0) + 1);
}

const AUTONOMOUS_REGION = new RegExp(PROVINCES.filter((p) => p.endsWith('自治区')).join('|'), 'g');

function learnDefinitions(g: Gazetteer, text: string): void {
  const re = /([\u4e00-\u9fa5]{4,30})[（(](?:以下)?简称[“"]?([\u4e00-\u9fa5]{2,12})[”"]?[）)]/;
  for (let k = text.indexOf('简称'); k >= 0; k = text.indexOf('简称', k + 2)) {
    const from = Math.max(0, k - 36);
    const m = re.exec(text.slice(from, k + 20));
    if (!m) continue;
    const full = trimToUnitStart(m[1] as string, g.places);
    if (full) g.defined.set(m[2] as string, full);
  }
}

/** The unit name at the end of a run of text: from its last place prefix. */
function trimToUnitStart(run: string, places: ReadonlySet<string>): string | null {
  for (let i = 0; i < run.length - 2; i++)
    for (let len = 3; len <= 8 && i + len <= run.length; len++) if (places.has(run.slice(i, i + len))) return run.slice(i);
  for (let i = 0; i < run.length - 2; i++) {
    const rest = run.slice(i);
    if (PROVINCES.some((p) => rest.startsWith(p)) || /^[\u4e00-\u9fa5]{2,3}[市县区]/.test(rest) || /^[市县区]/.test(rest))
      return rest;
  }
  return run.length <= 12 ? run : null;
}

/** Visits each stretch between separators that is long enough and holds a unit-final character. */
function forEachSegment(text: string, visit: (seg: string) => void): void {
  let start = 0;
  let hasEnd = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i === text.length ? 32 : text.charCodeAt(i);
    if (BOUNDARY[code] === 1) {
      if (hasEnd && i - start >= 3) visit(text.slice(start, i));
      start = i + 1;
      hasEnd = false;
    } else if (UNIT_END_CODES[code] === 1) hasEnd = true;
  }
}

/** Records the unit names a segment starts with or holds after a place prefix. */
function harvest(g: Gazetteer, seg: string): void {
  const starts = [0];
  for (let i = 1; i < seg.length - 2 && starts.length < 8; i++) {
    const c = seg[i];
    if ((c === '市' || c === '县' || c === '区') && seg[i + 1] !== '场' && CJK.test(seg[i + 1] as string)) starts.push(i);
  }
  for (const s of starts) {
    const name = nameFrom(seg, s);
    if (name) record(g, name);
  }
}

const STRONG_END = new Set(['局', '委', '办', '院', '队', '站', '厅', '署', '行']);

/**
 * The stretch from `start` to the first strong unit suffix (局, 委员会,
 * 办公室, 中心 …), or to a weak one (社, 会, 部 …) that ends the segment.
 */
function nameFrom(seg: string, start: number): string | null {
  const nat = NATIONAL_PREFIXES.find((p) => seg.startsWith(p, start));
  const end = Math.min(seg.length, start + MAX_NAME + (nat?.length ?? 0));
  for (let j = start + 2 + (nat?.length ?? 0); j < end; j++) {
    if (!SUFFIX_START.has(seg[j] as string)) continue;
    const s = UNIT_SUFFIXES.find((x) => seg.startsWith(x, j));
    if (s === undefined) continue;
    const name = seg.slice(start, j + s.length);
    if (s === '委' && /[市县区]$/.test(seg.slice(start, j))) continue; // 市委 / 县委 is a prefix
    if (s.length > 1 || STRONG_END.has(s) || j + 1 === seg.length) return name + branchAfter(seg, j + s.length);
  }
  return null;
}

const BRANCH = /^[\u4e00-\u9fa5]{0,6}?(?:分局|分公司|支行|分行|分中心|大队|中队|分院|营业部|营管部)/;

/** A branch named after its parent (生态环境局|贺兰分局). */
function branchAfter(seg: string, from: number): string {
  const m = BRANCH.exec(seg.slice(from, from + 12));
  return m ? m[0] : '';
}

function record(g: Gazetteer, name: string): void {
  const province = PROVINCES.find((q) => name.startsWith(q) && name.length > q.length + 2);
  if (province) {
    const core = name.slice(province.length);
    count(g, core);
    g.prefixed.set(core, name);
    return;
  }
  const { core, prefix } = splitPrefix(name, g.places);
  if (core.length < 2) return;
  count(g, core);
  if (prefix && (PROVINCES.includes(prefix.replace(/[市县区]$/, '')) || NATIONAL_PREFIXES.some((p) => prefix.startsWith(p))))
    g.prefixed.set(core, name);
}

function count(g: Gazetteer, core: string): void {
  const n = (g.cores.get(core) ?? 0) + 1;
  g.cores.set(core, n);
  const first = core[0] as string;
  let bucket = g.byFirst.get(first);
  if (!bucket) g.byFirst.set(first, (bucket = new Map()));
  bucket.set(core, n);
}

/** Splits a leading national/province/place/level prefix off a name. */
const PLACE_BEFORE_ORGAN = /^((?![省市县区]|自治)[\u4e00-\u9fa5]{2,3}[市县区州盟旗])(?=人民政府|政府|委(?!员)|人大|政协)/;

export function splitPrefix(name: string, places: ReadonlySet<string>): { prefix: string; core: string } {
  let i = 0;
  const nat = NATIONAL_PREFIXES.find((p) => name.startsWith(p));
  if (nat) i = nat.length;
  const rest = name.slice(i);
  let place = '';
  for (let len = Math.min(8, rest.length); len >= 3 && !place; len--) if (places.has(rest.slice(0, len))) place = rest.slice(0, len);
  // A place the text never named otherwise, before its government or party
  // committee (杭州市政府 in a province's list of responsible units).
  if (!place) place = PLACE_BEFORE_ORGAN.exec(rest)?.[1] ?? '';
  // 市场监督管理局 and 市政管理局 are names, not 市 + name
  if (!place && /^(?:[市县区](?!场|政(?:管理|工程|设施|公用|园林|市容))|省(?![级内外]))/.test(rest)) place = rest[0] as string;
  // 自治区发展改革委 in a city's document: the level word of an autonomous region, as 省 is of a province
  if (!place && /^自治区(?=[\u4e00-\u9fa5]{2})/.test(rest)) place = '自治区';
  return { prefix: name.slice(0, i) + place, core: rest.slice(place.length) };
}

/** True when `short` can be read in order inside `full`. */
export function isSubsequence(short: string, full: string): boolean {
  let j = 0;
  for (let i = 0; i < full.length && j < short.length; i++) if (full[i] === short[j]) j++;
  return j === short.length;
}

/**
 * The full core name the text shows for a short core, or null. Certain
 * only: same first and last character, the short name read in order inside
 * the full one but not as one stretch (公安局 ⊄ 公安局交警分局), not a name
 * that is complete already, and one best candidate.
 */
export function expandBySubsequence(g: Gazetteer, core: string): string | null {
  if (core.length < 2 || COMPLETE_NAMES.has(core)) return null;
  const last = core[core.length - 1];
  let best: string | null = null;
  let bestCount = 0;
  let tie = false;
  for (const [full, count] of g.byFirst.get(core[0] as string) ?? []) {
    if (full.length <= core.length || full[0] !== core[0] || full[full.length - 1] !== last) continue;
    if (full.includes(core) || !isSubsequence(core, full) || hasRepeat(full) || NOT_IN_NAMES.test(full)) continue;
    if (core.length >= 7 && full.length - core.length > 1) continue;
    if (count > bestCount) [best, bestCount, tie] = [full, count, false];
    else if (count === bestCount && full !== best) tie = true;
  }
  return tie ? null : best;
}

/** Words that show a harvested stretch is a clause, not a name (乡村振兴基金由县财政局, 新媒体平台). */
const NOT_IN_NAMES = /[由被把将的]|平台$/;

/** A stretch of 3+ characters printed twice (…社会保障和社会保障局, a typo). */
function hasRepeat(s: string): boolean {
  for (let i = 0; i + 3 <= s.length; i++) if (s.indexOf(s.slice(i, i + 3), i + 1) >= 0) return true;
  return false;
}
