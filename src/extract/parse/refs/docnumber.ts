// Document numbers (文号) as cited inside bodies: found in a bracket after a
// title or on their own, and normalised to the form the extraction JSON uses
// (〔〕 brackets, no spaces, ending in 号).

const HAN = '\\u4e00-\\u9fa5';
/** 银政办发〔2022〕24号, 宁财〔农〕发〔2021〕361号, 贺政办发[2020]27号, 〔2022〕第03号. */
const SERIAL = new RegExp(
  `([${HAN}]{1,14}(?:〔[${HAN}]{1,2}〕[${HAN}]{0,6})?)?[〔\\[［(（](\\d{4})[〕\\]］)）]第?([0-9０-９]{1,5})号`,
  'g',
);
/** 国务院令第712号, 市人民政府令第17号. */
const ORDINANCE = new RegExp(`([${HAN}]{0,16}令)第([0-9]{1,5})号`, 'g');

export interface FoundNumber {
  docNumber: string;
  start: number;
  end: number;
  /** The prefix starts after a lead-in word or a non-Han character, so it is whole. */
  bounded: boolean;
}

const isHan = (ch: string | undefined) => !!ch && ch >= '\u4e00' && ch <= '\u9fa5';

const halfWidth = (s: string): string => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** A leading 市/县/区 of an ordinance series names the document's own jurisdiction. */
function withJurisdiction(prefix: string, jurisdiction: string): string {
  const head = prefix[0];
  if (head && '市县区'.includes(head) && jurisdiction.endsWith(head) && !prefix.startsWith(jurisdiction)) {
    return jurisdiction + prefix.slice(1);
  }
  return prefix;
}

/** Every document number in `text` (already free of spaces). */
export function findDocNumbers(text: string, jurisdiction = ''): FoundNumber[] {
  const found: FoundNumber[] = [];
  if (!text.includes('号')) return found;
  for (const m of text.matchAll(SERIAL)) {
    const prefix = stripLeadIn(m[1] ?? '');
    const start = (m.index ?? 0) + ((m[1] ?? '').length - prefix.length);
    const bounded = prefix.length < (m[1] ?? '').length || !isHan(text[(m.index ?? 0) - 1]);
    found.push({ docNumber: `${prefix}〔${m[2]}〕${halfWidth(m[3] ?? '')}号`, start, end: (m.index ?? 0) + m[0].length, bounded });
  }
  for (const m of text.matchAll(ORDINANCE)) {
    const raw = m[1] ?? '';
    const prefix = stripLeadIn(raw);
    const start = (m.index ?? 0) + (raw.length - prefix.length);
    const bounded = prefix.length < raw.length || !isHan(text[(m.index ?? 0) - 1]);
    found.push({ docNumber: `${withJurisdiction(prefix, jurisdiction)}第${m[2]}号`, start, end: (m.index ?? 0) + m[0].length, bounded });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Words that precede a number in running text but are not part of its prefix. */
const LEAD_IN = /^.*(?:根据|按照|依据|参照|执行|印发|公布|发布|通知|决定|意见|方案|办法|规定|细则|条例|制度|措施|规则|标准|规划|通告|纲要|计划|报告|批复|公告|以|见|即|和|及|与|或|的|年|月|日|号)(?=[^和及与或的年月日号]{2,}$)/;

function stripLeadIn(prefix: string): string {
  const m = LEAD_IN.exec(prefix);
  return m ? prefix.slice(m[0].length) : prefix;
}

/** The normalised form of a document number as printed. */
export function normaliseDocNumber(raw: string, jurisdiction = ''): string | null {
  const text = raw.replace(/\s+/g, '');
  const found = findDocNumbers(text, jurisdiction);
  return found[0]?.docNumber ?? null;
}

/** A key under which two spellings of one number compare equal (〔2022〕第03号 = 〔2022〕3号). */
export function docNumberKey(n: string): string {
  return n.replace(/第0*(\d)/, '$1').replace(/〕0+(\d)/, '〕$1');
}
