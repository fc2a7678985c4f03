import { cleanLine, normalise, normaliseDocNumbers, toParagraphs } from '../../../src/extract/normalise';

describe('normalise', () => {
  it('keeps every original line number, blank lines included', () => {
    const { lines } = normalise('标题\n\n- 12 -\n正文。');
    expect(lines.map((l) => l.no)).toEqual([1, 2, 3, 4]);
    expect(lines.map((l) => l.text)).toEqual(['标题', '', '', '正文。']);
  });

  it.each([
    ['银政办发〔2022〕24 号', '银政办发〔2022〕24号'],
    ['银政办发[2022]24号', '银政办发〔2022〕24号'],
    ['银政办发(2022)24号', '银政办发〔2022〕24号'],
    ['银政办发［2022］24号', '银政办发〔2022〕24号'],
    ['银政办发（2022）24号', '银政办发〔2022〕24号'],
    ['银政办发 〔 2022 〕 24 号', '银政办发〔2022〕24号'],
    ['宁财〔农〕发〔2021〕361号', '宁财〔农〕发〔2021〕361号'],
  ])('writes the document number %s as %s', (raw, want) => {
    expect(normaliseDocNumbers(cleanLine(raw))).toBe(want);
  });

  it('leaves bracketed years that are not document numbers alone', () => {
    expect(cleanLine('实施方案（2022—2025年）的通知')).toBe('实施方案（2022—2025年）的通知');
  });

  it('keeps the TABs that separate table cells, an empty first cell included', () => {
    expect(cleanLine('（一）加强监管\t1. 完成清理。\t市财政局、市税务局')).toBe('（一）加强监管\t1. 完成清理。\t市财政局、市税务局');
    expect(cleanLine('\t2. 推进整改 ；\t市审计局 ')).toBe('\t2. 推进整改；\t市审计局');
    expect(cleanLine('2023年12月\t3')).toBe('2023年12月\t3');
    // a line only indented by a TAB is trimmed
    expect(cleanLine('\t一、总体要求')).toBe('一、总体要求');
  });

  it('drops page furniture', () => {
    for (const s of ['12', '- 3 -', '—15—', '第 3 页', '………', '  ']) expect(cleanLine(s)).toBe('');
  });

  it('strips markdown marks', () => {
    expect(cleanLine('## 关于印发《方案》的通知')).toBe('关于印发《方案》的通知');
    expect(cleanLine('**2. 落实医疗保障待遇清单制度。**按照')).toBe('2. 落实医疗保障待遇清单制度。按照');
    expect(cleanLine('PM<sub>10</sub>、m<sup>3</sup>')).toBe('PM10、m3');
    expect(cleanLine('网 址：<http://www.nxhl.gov.cn>')).toBe('网址：http://www.nxhl.gov.cn');
    expect(cleanLine('- 附件:1.《方案》')).toBe('附件：1.《方案》');
  });

  it('turns the converter\'s " and " back into 和 between Chinese words', () => {
    expect(cleanLine('资源优势 and 职能作用')).toBe('资源优势和职能作用');
    expect(cleanLine('R&D and IT')).toBe('R&D and IT');
  });

  it('tightens spaced dates and removes spaces around colons and leaders before dates', () => {
    expect(cleanLine('2020 年 8 月 29 日')).toBe('2020年8月29日');
    expect(cleanLine('……………………2024 年 1 月 5 日')).toBe('2024年1月5日');
    expect(cleanLine('牵头单位 ：市教育局 ；')).toBe('牵头单位：市教育局；');
    expect(cleanLine('银川市人民政府\u3000中国人民解放军宁夏银川警备区')).toBe('银川市人民政府 中国人民解放军宁夏银川警备区');
  });

  it('keeps the leaders and page of a contents line', () => {
    expect(cleanLine('(贺党发〔2022〕32号).....3')).toBe('(贺党发〔2022〕32号).....3');
    expect(cleanLine('.....72')).toBe('.....72');
  });
});

describe('toParagraphs', () => {
  const lines = (texts: string[]) => normalise(texts.join('\n')).lines;

  it('re-joins a sentence the PDF broke, with its line span', () => {
    const ps = toParagraphs(lines(['为全面贯彻党的二十大精神和习近平总书记', '', '关于做好新时代党的统一战线工作的重要思想，', '', '制定本机制。']));
    expect(ps).toHaveLength(1);
    expect(ps[0]?.text).toBe('为全面贯彻党的二十大精神和习近平总书记关于做好新时代党的统一战线工作的重要思想，制定本机制。');
    expect(ps[0]?.parts.map((p) => p.no)).toEqual([1, 3, 5]);
  });

  it('starts a new paragraph at an item number, a label or after a full stop', () => {
    const ps = toParagraphs(lines(['一、总体要求', '为深入贯彻落实党中央决策部署，', '加快发展。', '（一）工作目标', '牵头单位：市教育局']));
    expect(ps.map((p) => p.text)).toEqual(['一、总体要求', '为深入贯彻落实党中央决策部署，加快发展。', '（一）工作目标', '牵头单位：市教育局']);
  });
});

describe('letter-spaced names', () => {
  it.each([
    ['周 佳', '周佳'],
    ['马孝民 马 瑞', '马孝民 马瑞'],
    ['王 淳 白如实', '王淳 白如实'],
    ['主 编：纳小利', '主编：纳小利'],
    ['免去马 瑞的职务', '免去马 瑞的职务'],
    ['中共银川市委办公室 银川市人民政府办公室', '中共银川市委办公室 银川市人民政府办公室'],
  ])('%s → %s', (raw, want) => {
    expect(cleanLine(raw)).toBe(want);
  });
});

describe('running heads', () => {
  it('drops a gazette name repeated on every page but keeps the masthead', () => {
    const text = ['银川市人民政府公报', '2023年第1期', '标题', '银川市人民政府公报', '正文一。', '银川市人民政府公报', '正文二。', '银川市人民政府公报', '正文三。'].join('\n');
    expect(normalise(text).lines.map((l) => l.text)).toEqual(['银川市人民政府公报', '2023年第1期', '标题', '', '正文一。', '', '正文二。', '', '正文三。']);
  });

  it('drops the gazette name printed again even in a short issue, the masthead spaced or not', () => {
    const text = ['永宁县人民政府 公报', '第2期', '分管县教育局、县卫', '永宁县人民政府公报', '生健康局。'].join('\n');
    expect(normalise(text).lines.map((l) => l.text)).toEqual(['永宁县人民政府 公报', '第2期', '分管县教育局、县卫', '', '生健康局。']);
    // A statistical communiqué's title, in the contents and again over the text, is not the gazette's name.
    const report = ['目录', '银川市2022年国民经济和社会发展统计公报', '正文。', '银川市2022年国民经济和社会发展统计公报', '正文。'].join('\n');
    expect(normalise(report).lines.filter((l) => l.text).length).toBe(5);
  });

  it('keeps a line repeated only a few times', () => {
    const text = ['《银川市人民政府公报》', '正文。', '《银川市人民政府公报》'].join('\n');
    expect(normalise(text).lines.filter((l) => l.text).length).toBe(3);
  });
});

describe('tables laid out with spaces', () => {
  it('turns the gaps of a space-aligned table into TABs, from a header naming role columns to the first row that is not one', () => {
    const text = ['序号    重点任务          牵头单位      完成时限', '1       新建基站800个     市工信局      2023年12月', '正文  里的  空格不动。', '主  编：周  勇'].join('\n');
    expect(normalise(text).lines.map((l) => l.text)).toEqual(['序号\t重点任务\t牵头单位\t完成时限', '1\t新建基站800个\t市工信局\t2023年12月', '正文 里的 空格不动。', '主编：周勇']);
  });
});

