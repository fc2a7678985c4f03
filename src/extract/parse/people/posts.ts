// A post phrase as printed after 任/免去 (银川市教育局副局长, 县乡镇副科级领导职务)
// split into the unit and the post title, with the annotations that are not
// part of a post removed: （聘任）, （兼）, 挂职, （试用期一年）, trailing 职务.

const TITLES = [
  '局长', '处长', '科长', '股长', '所长', '队长', '校长', '院长', '场长', '站长', '馆长', '部长', '厅长', '行长', '社长',
  '会长', '团长', '庭长', '检察长', '秘书长', '理事长', '董事长', '总经理', '经理', '总编辑', '主编', '主任', '主席',
  '书记', '组长', '镇长', '乡长', '区长', '县长', '市长', '省长', '州长', '旗长', '园长', '台长', '政委', '教导员',
  '指导员', '总工程师', '总经济师', '总会计师', '总规划师', '总督学', '督学', '审判员', '检察官', '调研员', '巡视员',
  '主任科员', '专员', '总监', '监事', '监事长', '董事', '委员', '成员', '参事', '馆员', '党组成员', '党委委员',
];
const TITLE_ALT = [...TITLES].sort((a, b) => b.length - a.length).join('|');
/** The post at the end of a phrase, with its rank modifiers (副, 常务副, 党组, 一级 …). */
const POST_AT_END = new RegExp(
  `((?:党组|党委|党工委|党总支|机关党委)?(?:常务|专职|执行|第一)?[副正]?(?:${TITLE_ALT})` +
    `|(?:[一二三四]级)?(?:调研员|巡视员|主任科员)` +
    `|[正副]?[厅局处县科乡镇股]级(?:领导)?(?:职务|干部|非领导职务)?)$`,
);
/** Words naming a kind of unit rather than one unit: the post cannot be tied to an organ. */
const GENERIC_UNITS =
  /^(?:[\u4e00-\u9fa5]{0,8}?[省市县区旗])?[直属]?(?:事业单位|乡镇|乡镇（街道）|乡镇街道|街道|部门|单位|机关|系统|企业|国有企业|学校|医院)$/;
const ANNOTATION = /[（(](?:聘任|兼|兼任|挂职[^）)]{0,12}|试用期[^）)]{0,12}|正处级|副处级|正科级|副科级|正厅级|副厅级|保留[^）)]{0,10}|主持工作|按程序办理)[）)]/g;

export interface SplitPost {
  organization: string | null;
  post: string;
}

/** Removes annotations and the 职务 tail, keeping what names the post. */
export function cleanPostPhrase(phrase: string): string {
  let p = phrase.replace(ANNOTATION, '').replace(/^(?:挂职|兼任|兼|担任|为)/, '');
  p = p.replace(/(?:挂职|人选)$/, '');
  return p.replace(/[（(][^（()）]{0,12}[）)]$/, (m) => (/[局委办院所中心队处校站馆部室社会]/.test(m) ? m : ''));
}

/** Whether the phrase ends with a post title (市财政局党组书记, 副局长). */
export function endsWithPost(phrase: string): boolean {
  return POST_AT_END.test(phrase);
}

/** Whether the phrase is a post title with no unit (党组书记, 副局长). */
export function isBareTitle(phrase: string): boolean {
  return POST_AT_END.exec(phrase)?.index === 0;
}

/** Splits a cleaned post phrase into unit and post title. */
export function splitPost(phrase: string): SplitPost {
  const m = POST_AT_END.exec(phrase);
  if (!m || m.index === 0) return { organization: null, post: phrase };
  const organization = phrase.slice(0, m.index);
  if (GENERIC_UNITS.test(organization) || organization.length < 2) return { organization: null, post: phrase };
  return { organization, post: m[1] ?? phrase };
}
