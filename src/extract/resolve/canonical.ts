// One mention → its canonical full name: jurisdiction spelled out, party
// organs under 中共…委, standard and learned short forms expanded.
import { expandBySubsequence, splitPrefix, type Gazetteer } from './gazetteer';
import { BUREAU_SHORT_FORMS, GROUP_INFIXES, GROUP_PREFIXES, INNER_SHORT_FORMS, NATIONAL_PREFIXES, PROVINCES, STANDARD_SHORT_FORMS, SUFFIX_SHORT_FORMS } from './lexicon';

export interface Parsed {
  /** Place written before the core (银川市, 县, 市 …), '' when none. */
  place: string;
  party: boolean;
  government: boolean;
  core: string;
}

/** Reads 中共 / place / 委 / 政府 off the front of a mention. */
export function parseMention(m: string, places: ReadonlySet<string>): Parsed {
  let rest = m;
  let party = false;
  const cpc = /^(中共|中国共产党)/.exec(rest);
  if (cpc) [rest, party] = [rest.slice(cpc[0].length), true];
  const { prefix, core } = splitPrefix(rest, places);
  let c = core;
  // 贺兰县县政协, 银川市市委: the level printed again after the place
  if (prefix.length > 1 && c[0] === prefix[prefix.length - 1] && /^.(?:委(?!员)|人民政府|政府|政协|人大|纪委|监委)/.test(c)) c = c.slice(1);
  let government = false;
  if (prefix && !NATIONAL_PREFIXES.some((p) => prefix.startsWith(p))) {
    if (c.startsWith('委') && !c.startsWith('委员会')) [c, party] = [c.slice(1), true];
    else if (c.startsWith('党委')) [c, party] = [c.slice(2), true]; // 自治区党委
    else if (c.startsWith('人民政府')) [c, government] = [c.slice(4), true];
    else if (c.startsWith('政府')) [c, government] = [c.slice(2), true];
  }
  return { place: prefix, party, government, core: c };
}

/** 各县（市）区人民政府, 有关县（市）区, 市直各部门, …领导小组成员单位: a group, not one unit. */
export function isGroup(m: string): boolean {
  return GROUP_PREFIXES.some((w) => m.startsWith(w)) || GROUP_INFIXES.some((w) => m.includes(w));
}

/** A prefix that names a level of government, not a place: 市, 县, 区, 省, 自治区. */
function isLevelWord(prefix: string): boolean {
  return prefix.length === 1 || prefix === '自治区';
}

/** The place a level prefix (市/县/区/省/自治区) stands for in a jurisdiction. */
export function placeFor(level: string, jurisdiction: string, counts: ReadonlyMap<string, number>): string {
  if (jurisdiction.endsWith(level)) return jurisdiction;
  const k = jurisdiction.indexOf(level);
  if (k > 0) return jurisdiction.slice(0, k + level.length);
  let best = '';
  let most = 0;
  for (const [p, n] of counts) if (p.endsWith(level) && p.length >= 3 && n > most) [best, most] = [p, n];
  // 省财政厅 in a city's document that never names its province: keep 省
  return best || (level === '省' || level === '自治区' ? level : jurisdiction);
}

/** Expands a core name: definitions, standard short forms, learned full names. */
export function expandCore(core: string, g: Gazetteer): { core: string; party: boolean; youth: boolean } {
  const std = STANDARD_SHORT_FORMS[core];
  if (std) return { core: std.full, party: !!std.party, youth: !!std.youth };
  let c = core;
  const viaGov = g.cores.has('政府' + c) || g.cores.has('人民政府' + c);
  if (viaGov) return { core: '人民政府' + c, party: false, youth: false };
  if (c.includes('与') && g.cores.has(c.replace(/与/g, '和'))) c = c.replace(/与/g, '和');
  if (c.endsWith('委') && g.cores.has(c + '员会')) return { core: c + '员会', party: false, youth: false };
  const undoubled = withoutDoubledStretch(c);
  if (undoubled && g.cores.has(undoubled)) c = undoubled;
  const learned = expandBySubsequence(g, c) ?? BUREAU_SHORT_FORMS[c];
  if (learned) c = learned;
  return { core: finishSuffixes(c), party: false, youth: false };
}

/** Canonical name of one (non-group) mention in a jurisdiction. */
export function canonicalName(mention: string, jurisdiction: string, g: Gazetteer, inherited = ''): string {
  const defined = g.defined.get(mention);
  if (defined && defined !== mention) return canonicalName(defined, jurisdiction, g);
  if (NATIONAL_PREFIXES.some((p) => mention.startsWith(p))) return mention;
  const places = placesOf(g, jurisdiction);
  if (namesOwnPlace(mention, jurisdiction) && ![...places].some((q) => mention.startsWith(q))) return finishSuffixes(g.prefixed.get(mention) ?? mention);
  const p = parseMention(mention, places);
  const bare = p.place === '' && !p.party && !p.government && isPlaceName(p.core, places);
  if (bare) return parentOf(p.core, jurisdiction) + p.core + '人民政府';
  const level = p.place || inherited;
  const place = level && isLevelWord(level) ? placeFor(level, jurisdiction, g.placeCounts) : level || jurisdiction;
  if (p.core === '') {
    if (p.party) return partyCommittee(place);
    return p.government || level.length > 1 ? withParent(place, jurisdiction) + '人民政府' : mention;
  }
  const prefixed = g.prefixed.get(p.core);
  if (prefixed && !p.party) return finishSuffixes(prefixed);
  if (p.government && /^办(公室)?$/.test(p.core)) return place + '人民政府办公室';
  if (/^(团委|团[市县区]委)$/.test(p.core) || (p.party && p.core === '团')) return '共青团' + place + '委员会';
  if (/^政协(委员会)?$/.test(p.core)) return '中国人民政治协商会议' + withParent(place, jurisdiction) + '委员会';
  const x = expandCore(p.core, g);
  const fuller = g.prefixed.get(x.core);
  if (fuller && !p.party && !x.party) return finishSuffixes(fuller);
  if (p.party || (x.party && !p.government)) return partyCommittee(place) + (x.core === '办' ? '办公室' : x.core);
  if (x.youth) return '共青团' + place + x.core;
  if (p.government && !x.core.startsWith('人民政府')) return place + '人民政府' + x.core;
  return place + x.core;
}

/** 中共银川市委, but 中共广西壮族自治区委员会 (an autonomous region's committee is not shortened to 区委). */
function partyCommittee(place: string): string {
  return '中共' + place + (place.endsWith('自治区') ? '委员会' : '委');
}

const placeCache = new WeakMap<Gazetteer, Map<string, Set<string>>>();

/** The learned places plus the jurisdiction and its city. */
function placesOf(g: Gazetteer, jurisdiction: string): ReadonlySet<string> {
  let byJ = placeCache.get(g);
  if (!byJ) placeCache.set(g, (byJ = new Map()));
  let set = byJ.get(jurisdiction);
  if (!set || set.size < g.places.size) {
    set = new Set(g.places);
    if (jurisdiction) set.add(jurisdiction);
    const k = jurisdiction.indexOf('市');
    if (k > 0 && k < jurisdiction.length - 1) set.add(jurisdiction.slice(0, k + 1));
    byJ.set(jurisdiction, set);
  }
  return set;
}

/**
 * A name that already carries a place or national word inside it
 * (共青团银川市委, 银川海关, 中国葡萄酒产业技术研究院, 宁夏凯添天然气有限公司).
 */
function namesOwnPlace(m: string, jurisdiction: string): boolean {
  if (/^(中国|国家|全国)/.test(m) || PROVINCES.some((p) => m.startsWith(p) && m.length > p.length + 1)) return true;
  const short = jurisdiction.replace(/^.*?([\u4e00-\u9fa5]{2,})[市县区]$/, '$1');
  const city = jurisdiction.includes('市') ? jurisdiction.slice(0, jurisdiction.indexOf('市')) : '';
  return [short, city].some((w) => w.length >= 2 && m.includes(w) && !m.startsWith(w + jurisdiction.slice(-1)) && !m.startsWith(jurisdiction));
}

function withParent(place: string, jurisdiction: string): string {
  return place.length > 1 && !jurisdiction.startsWith(place) && /[县区]$/.test(place) && !place.endsWith('自治区') ? parentOf(place, jurisdiction) + place : place;
}

function finishSuffixes(name: string): string {
  let c = name;
  for (const [short, full] of INNER_SHORT_FORMS) c = c.split(short).join(full);
  for (const [short, full] of SUFFIX_SHORT_FORMS) if (c.endsWith(short)) c = c.slice(0, -short.length) + full;
  return c;
}

/** The jurisdiction a district belongs to: the city part of the document's own. */
function parentOf(place: string, jurisdiction: string): string {
  if (jurisdiction.endsWith(place)) return jurisdiction.slice(0, -place.length);
  const k = jurisdiction.indexOf('市');
  return k > 0 ? jurisdiction.slice(0, k + 1) : '';
}

/** A county, district or city named alone (兴庆区, 灵武市): its government. */
function isPlaceName(s: string, places: ReadonlySet<string>): boolean {
  if (places.has(s)) return true;
  return /^[\u4e00-\u9fa5]{2,3}[市县区旗]$/.test(s) && !/(园区|片区|城区|社区|景区|小区|辖区|新区|开发区|市县|县区)$/.test(s);
}

/** A name with a stretch printed twice in a row (…社会保障和社会保障局) without the repeat. */
function withoutDoubledStretch(s: string): string | null {
  if (s.length > 40) return null;
  for (let len = 3; len * 2 <= s.length; len++)
    for (let i = 0; i + 2 * len <= s.length; i++)
      if (s.startsWith(s.slice(i, i + len), i + len)) return s.slice(0, i + len) + s.slice(i + 2 * len);
  return null;
}
