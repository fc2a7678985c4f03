// Issuing organs: split a title's or signature's issuer text into organ
// names, and learn a jurisdiction (银川市, 贺兰县, 银川市西夏区) from them.

const ORGAN_SUFFIX =
  '(?:人民政府办公厅|人民政府办公室|人民政府|政府办公厅|政府办公室|政府|委员会办公室|委员会|委办公室|办公厅|办公室|警备区|军分区|人武部|委(?!员)|局|厅|部|院|署|中心|公司|集团|联合会|协会|学会|总会|组织部|宣传部|统战部|政法委|支队|大队|银行|分局|管委会|工委)';
const ORGAN_RE = new RegExp(`^[\\u4e00-\\u9fff（）()]{2,40}?${ORGAN_SUFFIX}$`);
const LEADING_ORGAN_RE = new RegExp(`^(?:中共|中国共产党|中国)?[\\u4e00-\\u9fff]{2,20}?${ORGAN_SUFFIX}`);
/** Where two organs written without a space meet: `…办公室中共…`, `…人民政府银川…`. */
const JOIN_RE = /(?<=办公室|办公厅|人民政府|委员会)(?=中共|中国|[\u4e00-\u9fff]{2,4}(?:市|县|区|省|自治区)(?:委|人民政府|政府))/g;

/** Is this text (no spaces) the name of an organ? */
export const isOrganName = (s: string): boolean => ORGAN_RE.test(s) && !/[。，；：]/.test(s);

/** Issuer text as printed (spaces between joint issuers) → organ names. */
export function splitIssuers(text: string): string[] {
  return text
    .split(/\s+/)
    .flatMap((chunk) => chunk.split(JOIN_RE))
    .map((s) => s.trim())
    .filter((s) => s.length >= 2);
}

/**
 * The organs named at the start of a title: the text before 关于 (or before
 * 印发 when the title reads `…办公室印发关于…`), else a leading organ name
 * (`中共贺兰县委员会干部任前公示公告` → 中共贺兰县委员会).
 */
export function titleIssuers(titleLines: readonly string[]): string[] {
  const spaced = titleLines.join(' ');
  const at = spaced.search(/关\s*于/);
  const printAt = spaced.search(/印\s*发/);
  const cut = at > 0 ? (printAt > 0 && printAt < at ? printAt : at) : printAt > 0 ? printAt : -1;
  if (cut > 0) {
    const organs = splitIssuers(spaced.slice(0, cut));
    return organs.every(isOrganName) ? organs : [];
  }
  const lead = spaced.replace(/\s+/g, '').match(LEADING_ORGAN_RE);
  return lead && lead[0].length < spaced.replace(/\s+/g, '').length ? [lead[0]] : [];
}

/**
 * Title organs win; a title organ that the signature spells out in full
 * (银川警备区 → 中国人民解放军宁夏银川警备区) takes the fuller name.
 */
export function chooseIssuers(fromTitle: readonly string[], fromSignature: readonly string[]): string[] {
  if (fromTitle.length === 0) return [...fromSignature];
  return fromTitle.map((t) => fromSignature.find((s) => s.length > t.length && s.endsWith(t)) ?? t);
}

const PLACE_RE = /^(?:中共|中国共产党)?([\u4e00-\u9fff]{1,12}?(?:特别行政区|自治区|自治州|自治县|省|市|县|区|旗|州|盟))(?=人民政府|政府|委员会|委|人大|政协|纪委)/;

/** The jurisdiction an organ speaks for: 银川市人民政府办公室 → 银川市. */
export function jurisdictionOf(organ: string): string | null {
  const m = PLACE_RE.exec(organ.replace(/\s+/g, ''));
  return m?.[1] ?? null;
}

/** A department named after its place: 银川市财政局 → 银川市 (weaker evidence). */
const DEPARTMENT_PLACE_RE = /^(?:中共)?([\u4e00-\u9fff]{2,6}?(?:自治区|省|市|县|区|旗|盟))(?=[\u4e00-\u9fff]{2,})/;

/** The first jurisdiction these organs name: a government or party committee first, then a department's place. */
export function jurisdictionOfAll(organs: readonly string[]): string | null {
  for (const o of organs) {
    const j = jurisdictionOf(o);
    if (j) return j;
  }
  for (const o of organs) {
    const m = DEPARTMENT_PLACE_RE.exec(o.replace(/\s+/g, ''));
    if (m?.[1]) return m[1];
  }
  return null;
}
