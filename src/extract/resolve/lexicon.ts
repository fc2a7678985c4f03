// Small generic lexicons of Chinese government naming conventions. Nothing
// here is specific to one gazette: unit-type suffixes, the standard short
// forms every county and city uses, and the names of provinces.

/** Words a unit name ends with, longest first where one contains another. */
export const UNIT_SUFFIXES: readonly string[] = [
  '委员会办公室', '领导小组办公室', '委员会', '办公室', '办事处', '领导小组', '联合会', '管委会', '有限公司',
  '中心', '公司', '银行', '集团', '协会', '学会', '分局', '支行', '分行', '研究院', '事务所',
  '局', '委', '办', '院', '所', '队', '站', '会', '室', '厅', '部', '社', '处', '馆', '校', '台', '团', '场', '署',
];

/** A trailing character that lets a unit name end (the last char of a suffix). */
export const UNIT_END = new Set(UNIT_SUFFIXES.map((s) => s[s.length - 1] as string));

/**
 * How a whole unit name in a list ends (局, 委, 中心, 支行, 人民政府, 单位, a
 * closing bracket): the test for list items, looser than UNIT_END's suffixes.
 */
export const UNIT_NAME_END = /[局委办院队站会心室部司行府区团社场位厅处署所）)]$/;

/**
 * Standard short forms whose expansion is certain everywhere. Keys are the
 * core name (no jurisdiction); `party` marks organs of the Party committee
 * (written 中共<jurisdiction>委…), `youth` the Communist Youth League.
 */
export interface Expansion {
  full: string;
  party?: true;
  youth?: true;
}

export const STANDARD_SHORT_FORMS: Readonly<Record<string, Expansion>> = {
  网信办: { full: '网络安全和信息化委员会办公室', party: true },
  编办: { full: '机构编制委员会办公室', party: true },
  政法委: { full: '政法委员会', party: true },
  组织部: { full: '组织部', party: true },
  宣传部: { full: '宣传部', party: true },
  统战部: { full: '统战部', party: true },
  党校: { full: '党校', party: true },
  老干部局: { full: '老干部局', party: true },
  人才工作局: { full: '人才工作局', party: true },
  督查室: { full: '督查室', party: true },
  巡察办: { full: '巡察工作领导小组办公室', party: true },
  政研室: { full: '政策研究室', party: true },
  网络安全和信息化委员会办公室: { full: '网络安全和信息化委员会办公室', party: true },
  机构编制委员会办公室: { full: '机构编制委员会办公室', party: true },
  政法委员会: { full: '政法委员会', party: true },
  团委: { full: '委员会', youth: true },
  残联: { full: '残疾人联合会' },
  妇联: { full: '妇女联合会' },
  科协: { full: '科学技术协会' },
  文联: { full: '文学艺术界联合会' },
  工商联: { full: '工商业联合会' },
  侨联: { full: '归国华侨联合会' },
  人武部: { full: '人民武装部' },
  检察院: { full: '人民检察院' },
  法院: { full: '人民法院' },
  疾控中心: { full: '疾病预防控制中心' },
  人大常委会: { full: '人民代表大会常务委员会' },
  政府办: { full: '人民政府办公室' },
  府办: { full: '人民政府办公室' },
  政府办公室: { full: '人民政府办公室' },
  供销社: { full: '供销合作社' },
  发改委: { full: '发展和改革委员会' },
  发展改革委: { full: '发展和改革委员会' },
  国资委: { full: '人民政府国有资产监督管理委员会' },
  国有资产监督管理委员会: { full: '人民政府国有资产监督管理委员会' },
  卫健委: { full: '卫生健康委员会' },
  卫生健康委: { full: '卫生健康委员会' },
};

/**
 * Bureau short forms whose full name is the same in every county and city
 * (used only when the text itself shows no full name for them).
 */
export const BUREAU_SHORT_FORMS: Readonly<Record<string, string>> = {
  发改局: '发展和改革局',
  工信局: '工业和信息化局',
  人社局: '人力资源和社会保障局',
  住建局: '住房和城乡建设局',
  卫健局: '卫生健康局',
  医保局: '医疗保障局',
  市场监管局: '市场监督管理局',
  科技局: '科学技术局',
  教体局: '教育体育局',
  应急局: '应急管理局',
  交通局: '交通运输局',
  退役军人局: '退役军人事务局',
  民宗局: '民族宗教事务局',
  林草局: '林业和草原局',
  自然资源局: '自然资源局',
  机关事务局: '机关事务管理局',
};

/** Short forms at the end of a name: 管委会 → 管理委员会, 街道办 → 街道办事处. */
export const SUFFIX_SHORT_FORMS: readonly [string, string][] = [
  ['管委会', '管理委员会'],
  ['街道办', '街道办事处'],
  ['法工委', '法制工作委员会'],
];

/** Short forms anywhere in a name. */
export const INNER_SHORT_FORMS: readonly [string, string][] = [['人大常委会', '人民代表大会常务委员会']];

/**
 * Names that are already complete although a longer unit name contains
 * their characters in order (教育局 ⊂ 教育体育局): never expanded by the
 * subsequence rule.
 */
export const COMPLETE_NAMES = new Set([
  '教育局', '公安局', '民政局', '司法局', '财政局', '商务局', '审计局', '统计局', '水务局', '林业局',
  '税务局', '气象局', '体育局', '文化局', '旅游局', '农业局', '水利局', '环保局', '粮食局', '档案局',
  '信访局', '人防办', '民宗局', '总工会', '红十字会', '邮政局', '烟草局', '地震局', '医院', '电视台', '广播电台',
]);

/**
 * Organs of a Party committee that a list may name without 县委/市委 when the
 * item before carries it (县委全面深化改革委员会、机构编制委员会).
 */
export const PARTY_ORGAN_CORES = new Set([
  '机构编制委员会', '机构编制委员会办公室', '政策研究室', '全面深化改革委员会', '财经委员会', '审计委员会',
  '外事工作委员会', '网络安全和信息化委员会', '农村工作领导小组', '教育工作领导小组', '政法委员会',
  '党史研究室', '组织部', '宣传部', '统战部', '督查室', '编办', '政研室', '网信办', '政法委', '党校',
]);

/** Endings of sub-units a bracket after a unit may list (管委会（德胜片区、金贵片区）, 交通运输局（公路段、…）). */
export const SUB_UNIT_END = /(?:片区|园区|段|所|站|中心|大队|中队|基地|分校|街道|社区)$/;

/** Province-level names that may stand before a unit's own name (宁夏贺兰工业园区). */
export const PROVINCES: readonly string[] = [
  '宁夏回族自治区', '新疆维吾尔自治区', '广西壮族自治区', '西藏自治区', '内蒙古自治区', '内蒙古',
  '宁夏', '新疆', '广西', '西藏', '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江',
  '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州',
  '云南', '陕西', '甘肃', '青海',
];

/** National prefixes of vertically managed units (国家税务总局银川市税务局). */
export const NATIONAL_PREFIXES: readonly string[] = ['国家税务总局', '中国人民银行', '国家统计局', '国网', '人民银行'];

/** Bodies a distributive 各 carries over to (各镇人民政府、街道办事处). */
export const BODY_TYPES = new Set([
  '街道办事处', '街道办', '街道', '社区', '行政村', '村', '村委会', '居委会', '园区', '乡镇', '镇', '乡',
  '学校', '中小学', '医院', '企业', '部门', '单位', '机构', '管委会', '乡镇（场）', '乡镇场', '场',
]);

/** Words that make a mention a group reference rather than one unit. */
export const GROUP_PREFIXES: readonly string[] = ['各', '有关', '相关', '所有', '其他', '全市', '全县', '全区'];
export const GROUP_INFIXES: readonly string[] = ['各', '成员单位', '有关部门', '有关单位', '相关部门', '相关单位'];
