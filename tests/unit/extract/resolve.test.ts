// Unit resolution: hand-written examples of each rule.
import type { Line } from '../../../src/extract/location';
import { buildUnitResolver } from '../../../src/extract/resolve';

const linesOf = (text: string): Line[] => text.split('\n').map((t, i) => ({ no: i + 1, text: t }));
const names = (refs: { name: string }[]) => refs.map((r) => r.name);

describe('unit resolver', () => {
  const county = buildUnitResolver(
    linesOf(
      [
        '张三 县发展和改革局局长',
        '分管县卫生健康局、县住房和城乡建设局、县教育体育局、县交通运输局。',
        '联系县审批服务管理局、县人力资源和社会保障局(社会保险事业管理中心)。',
        '贺兰县融信融资担保有限公司（以下简称融信担保公司）负责运营。',
        '宁夏贺兰工业园区管委会',
      ].join('\n'),
    ),
  );

  it('expands a short name to the full name the text prints elsewhere', () => {
    expect(names(county.list('发改局、卫健局、住建局、人社局', '贺兰县'))).toEqual([
      '贺兰县发展和改革局',
      '贺兰县卫生健康局',
      '贺兰县住房和城乡建设局',
      '贺兰县人力资源和社会保障局',
    ]);
    expect(county.unit('审批服务局', '贺兰县').name).toBe('贺兰县审批服务管理局');
    expect(county.unit('交通局', '贺兰县').name).toBe('贺兰县交通运输局');
  });

  it('keeps the mention when the text gives no full name', () => {
    const bare = buildUnitResolver(linesOf('县委办公室'));
    expect(bare.unit('文旅局', '贺兰县').name).toBe('贺兰县文旅局');
    expect(bare.unit('城运中心', '贺兰县').name).toBe('贺兰县城运中心');
    expect(bare.unit('市场监督管理局', '贺兰县').name).toBe('贺兰县市场监督管理局');
  });

  it('expands the bureau short forms that are the same everywhere', () => {
    const bare = buildUnitResolver([]);
    expect(names(bare.list('发改局、人社局、市场监管局', '永宁县'))).toEqual([
      '永宁县发展和改革局',
      '永宁县人力资源和社会保障局',
      '永宁县市场监督管理局',
    ]);
  });

  it('never expands a name that is complete already', () => {
    expect(county.unit('教育局', '贺兰县').name).toBe('贺兰县教育局');
  });

  it('does not learn from a name with a printed duplication (typo)', () => {
    const r = buildUnitResolver(linesOf('市人力资源和社会保障和社会保障局、市财政局'));
    expect(r.unit('市人力资源和社会保障局', '银川市').name).toBe('银川市人力资源和社会保障局');
  });

  it('repairs a missing separator and a stretch printed twice', () => {
    const r = buildUnitResolver(linesOf('市人力资源和社会保障局'));
    expect(names(r.list('市卫生健康委员会各县（市）区人民政府、市食品安全委员会各成员单位', '银川市'))).toEqual([
      '银川市卫生健康委员会',
      '各县（市）区人民政府',
      '市食品安全委员会各成员单位',
    ]);
    expect(r.unit('市人力资源和社会保障和社会保障局', '银川市').name).toBe('银川市人力资源和社会保障局');
  });

  it('learns （以下简称…） definitions and province prefixes', () => {
    expect(county.unit('融信担保公司', '贺兰县').name).toBe('贺兰县融信融资担保有限公司');
    expect(county.unit('贺兰工业园区管委会', '贺兰县').name).toBe('宁夏贺兰工业园区管理委员会');
  });

  it('lets later items inherit the leading level prefix, not mistaking 市场 for 市', () => {
    const r = buildUnitResolver([]);
    const refs = r.list('县综合执法局、市场监督管理局', '贺兰县');
    expect(names(refs)).toEqual(['贺兰县综合执法局', '贺兰县市场监督管理局']);
    expect(r.unit('市政管理局', '银川市').name).toBe('银川市市政管理局');
  });

  it('spells out the document jurisdiction and the parent city', () => {
    const r = buildUnitResolver(linesOf('银川市人民政府 兴庆区人民政府'));
    expect(r.unit('市财政局', '银川市').name).toBe('银川市财政局');
    expect(r.unit('市财政局', '银川市西夏区').name).toBe('银川市财政局');
    expect(r.unit('区财政局', '银川市西夏区').name).toBe('银川市西夏区财政局');
    expect(r.unit('市政府办公室', '银川市').name).toBe('银川市人民政府办公室');
    expect(r.unit('兴庆区', '银川市').name).toBe('银川市兴庆区人民政府');
  });

  it('reads 市 in a county document as the city the text names most', () => {
    const r = buildUnitResolver(linesOf('银川市人民政府\n银川市委\n报送至本市人民政府\n贺兰县人民政府'));
    expect(r.unit('市生态环境局', '贺兰县').name).toBe('银川市生态环境局');
    expect(r.unit('县财政局', '贺兰县').name).toBe('贺兰县财政局');
  });

  it('splits a bracketed sub-unit list into units with a parent', () => {
    const refs = county.list('县发展和改革局（工业和信息化局、粮食和物资储备局）', '贺兰县');
    expect(refs).toEqual([
      { name: '贺兰县发展和改革局', mention: '县发展和改革局' },
      { name: '贺兰县工业和信息化局', mention: '工业和信息化局', parent: '贺兰县发展和改革局' },
      { name: '贺兰县粮食和物资储备局', mention: '粮食和物资储备局', parent: '贺兰县发展和改革局' },
    ]);
  });

  it('keeps group references whole, brackets inside them included', () => {
    const refs = county.list('各县（市）区人民政府，各园区、市直各部门', '银川市');
    expect(refs).toEqual([
      { name: '各县（市）区人民政府', mention: '各县（市）区人民政府', group: true },
      { name: '各园区', mention: '各园区', group: true },
      { name: '市直各部门', mention: '市直各部门', group: true },
    ]);
    expect(county.unit('各县(市)区', '银川市').name).toBe('各县（市）区');
    expect(county.list('市直有关部门、县级相关单位', '银川市')).toEqual([
      { name: '市直有关部门', mention: '市直有关部门', group: true },
      { name: '县级相关单位', mention: '县级相关单位', group: true },
    ]);
  });

  it('keeps apart whole unit names separated only by spaces (a table cell that lost its 、), and joins letter-spaced ones', () => {
    expect(names(county.list('市财政局 人民银行吴忠市中心支行 市地方金融监管局', '吴忠市'))).toEqual(['吴忠市财政局', '人民银行吴忠市中心支行', '吴忠市地方金融监管局']);
    expect(names(county.list('市 财 政 局', '吴忠市'))).toEqual(['吴忠市财政局']);
    expect(names(county.list('市发展和改革 委员会', '吴忠市'))).toEqual(['吴忠市发展和改革委员会']);
  });

  it('drops 等 / 等部门 and carries a distributive 各 over the list', () => {
    const refs = county.list('市卫生健康委员会等部门，各镇人民政府、街道办事处', '银川市');
    expect(refs.map((r) => [r.name, r.mention])).toEqual([
      ['银川市卫生健康委员会', '市卫生健康委员会'],
      ['各镇人民政府', '各镇人民政府'],
      ['各街道办事处', '街道办事处'],
    ]);
  });

  it('writes party organs with 中共 and expands standard short forms', () => {
    const r = buildUnitResolver([]);
    expect(names(r.list('县委宣传部、统战部，县委网信办、编办、残联、团委', '贺兰县'))).toEqual([
      '中共贺兰县委宣传部',
      '中共贺兰县委统战部',
      '中共贺兰县委网络安全和信息化委员会办公室',
      '中共贺兰县委机构编制委员会办公室',
      '贺兰县残疾人联合会',
      '共青团贺兰县委员会',
    ]);
    expect(r.unit('市委组织部', '银川市').name).toBe('中共银川市委组织部');
  });

  it('repairs ` and ` for 和 and names broken across lines', () => {
    const r = buildUnitResolver([]);
    expect(names(r.list('市人力资源 and 社会保障局、市卫\n生健康委员会', '银川市'))).toEqual([
      '银川市人力资源和社会保障局',
      '银川市卫生健康委员会',
    ]);
  });

  it('keeps names that carry their own place or a national prefix', () => {
    const r = buildUnitResolver(linesOf('银川市人民政府'));
    expect(r.unit('银川市生态环境局贺兰分局', '贺兰县').name).toBe('银川市生态环境局贺兰分局');
    expect(r.unit('国家税务总局银川市税务局', '银川市').name).toBe('国家税务总局银川市税务局');
  });

  it('reads a place the text names only before its government or party committee', () => {
    const r = buildUnitResolver([]);
    expect(r.unit('杭州市政府', '浙江省').name).toBe('杭州市人民政府');
    expect(r.unit('杭州市委', '浙江省').name).toBe('中共杭州市委');
    expect(r.unit('兴庆区政府', '银川市').name).toBe('银川市兴庆区人民政府');
    // 县 + 城市管理局, not a place 县城市
    expect(r.unit('县城市管理局', '贺兰县').name).toBe('贺兰县城市管理局');
  });

  it('reads 自治区 as the autonomous region the text names, as 省 is read as the province', () => {
    const r = buildUnitResolver(linesOf('根据《广西壮族自治区人民政府关于加快数字经济发展的意见》'));
    expect(r.unit('自治区发展改革委', '南宁市').name).toBe('广西壮族自治区发展和改革委员会');
    expect(r.unit('自治区政府', '南宁市').name).toBe('广西壮族自治区人民政府');
    expect(r.unit('自治区党委宣传部', '南宁市').name).toBe('中共广西壮族自治区委员会宣传部');
    // a text that never names the region keeps the level word, not the city
    expect(buildUnitResolver([]).unit('自治区财政厅', '南宁市').name).toBe('自治区财政厅');
  });

  it('reads 委办 / 府办 / 政府督查室 and a bureau whose name starts with 政', () => {
    const r = buildUnitResolver([]);
    expect(names(r.list('区委办、区府办、区政府督查室、区政务服务数据管理局、市政管理局', '佛山市南海区'))).toEqual([
      '中共佛山市南海区委办公室',
      '佛山市南海区人民政府办公室',
      '佛山市南海区人民政府督查室',
      '佛山市南海区政务服务数据管理局',
      '佛山市南海区市政管理局',
    ]);
  });

  it('drops a verb phrase after the last unit', () => {
    expect(names(county.list('卫健局、医保局按职能分工负责', '贺兰县'))).toEqual(['贺兰县卫生健康局', '贺兰县医疗保障局']);
  });

  it('splits a bracketed list of parts off a unit the lexicon does not know', () => {
    const r = buildUnitResolver([]);
    expect(names(r.list('宁夏西夏工业园区管委会（北片区、南片区）、交通运输局（公路段、交通运输综合执法大队）', '兰州市西固区'))).toEqual([
      '宁夏西夏工业园区管理委员会',
      '兰州市西固区北片区',
      '兰州市西固区南片区',
      '兰州市西固区交通运输局',
      '兰州市西固区公路段',
      '兰州市西固区交通运输综合执法大队',
    ]);
    // one bracketed item that is not a unit stays in the name
    expect(r.unit('各县（市）区', '兰州市').name).toBe('各县（市）区');
  });

  it('names a CPPCC committee in full, also with the level printed twice', () => {
    const r = buildUnitResolver([]);
    expect(r.unit('县政协', '榆中县').name).toBe('中国人民政治协商会议榆中县委员会');
    expect(r.unit('榆中县县政协', '榆中县').name).toBe('中国人民政治协商会议榆中县委员会');
    expect(r.unit('区政协', '成都市武侯区').name).toBe('中国人民政治协商会议成都市武侯区委员会');
    expect(r.unit('榆中县县委', '榆中县').name).toBe('中共榆中县委');
  });

  it('does not expand a short name to a clause or a platform the text prints', () => {
    const r = buildUnitResolver(linesOf('乡村振兴基金由县财政局统一管理。建设电视及新媒体平台。'));
    expect(r.unit('乡村振兴局', '贺兰县').name).toBe('贺兰县乡村振兴局');
    expect(r.unit('电视台', '贺兰县').name).toBe('贺兰县电视台');
  });

  it('gives a bare party organ after a 县委 item the same 县委', () => {
    const r = buildUnitResolver([]);
    expect(names(r.list('县人大常委会、县委全面深化改革委员会、机构编制委员会、政策研究室、统计局', '岷县'))).toEqual([
      '岷县人民代表大会常务委员会',
      '中共岷县委全面深化改革委员会',
      '中共岷县委机构编制委员会',
      '中共岷县委政策研究室',
      '岷县统计局',
    ]);
    // without a 县委 item before, 政策研究室 is not assumed to be the party's
    expect(names(r.list('县财政局、政策研究室', '岷县'))).toEqual(['岷县财政局', '岷县政策研究室']);
  });

  it('never throws on noise', () => {
    const r = buildUnitResolver(linesOf('（（（、、、）》“ and \t'));
    for (const s of ['', '、', '（', '）', '等', '各', '市', '((((', '中共', '县政府'])
      expect(() => r.list(s, '贺兰县')).not.toThrow();
  });
});
