import { normalise } from '../../../src/extract/normalise';
import { segment } from '../../../src/extract/segment';
import type { Segmented } from '../../../src/extract/stages';

/** Paragraphs separated by blank lines, as the PDF conversions print them. */
const seg = (...paragraphs: string[]): Segmented => segment(normalise(paragraphs.join('\n\n')));
const numbers = (s: Segmented) => s.documents.map((d) => d.meta.docNumber);

const MASTHEAD = [
  '银川市人民政府公报',
  '编辑委员会',
  '主任：李国强',
  '副主任：杨国军 张源',
  '黄学萍',
  '委员：（按姓氏笔画排名）',
  '马孝民 马 瑞',
  '王 淳 白如实',
  '2022年第4期',
  '（总第377期）',
  '2022年5月25日出版',
  '目 录',
  '【银川市政府文件】',
  '银川市人民政府办公室关于印发银川市推进医疗保障基金',
  '监管制度体系改革实施方案的通知',
  '(银政办发〔2022〕34号)…………… (38)',
  '【人事任免】',
  '银川市人民政府关于姜俐冰等同志职务任免的通知 (银政干发〔2022〕7号).....\t67',
  '银川市人民政府关于未印发文件的通知',
  '（银政发〔2022〕99号）……………（70）',
  '主 编：纳小利',
  '责任编辑：马若苒',
  '周 佳',
  '主 管：银川市人民政府',
];

const NOTICE = [
  '银川市人民政府办公室关于印发银川市推进医疗保障基金 监管制度体系改革实施方案的通知',
  '银政办发〔2022〕34 号',
  '各县（市）区人民政府，市政府各部门、各直属机构：',
  '《银川市推进医疗保障基金监管制度体系改革实施方案》已经市人民政府同意，现印发给你们，请认真贯彻落实。',
  '银川市人民政府办公室',
  '2022年4月10日',
  '（此件公开发布）',
  '银川市推进医疗保障基金监管制度体系改革实施方案',
  '一、总体要求',
  '为推进医疗保障基金监管制度体系改革，制定本方案。',
  '附件：银川市医保基金监管任务清单',
];

const APPOINTMENT = [
  '银川市人民政府关于姜俐冰等同志职务任免的通知',
  '银政干发〔2022〕7号',
  '各县（市）区人民政府，市政府各部门、各直属机构：',
  '经银川市人民政府研究决定：',
  '姜俐冰任银川市教育局副局长。',
  '银川市人民政府',
  '2022年4月15日',
  '（此件公开发布）',
];

describe('segment: a gazette issue', () => {
  const s = seg(...MASTHEAD, ...NOTICE, ...APPOINTMENT);

  it('reads the masthead', () => {
    expect(s.gazette).toMatchObject({ name: '银川市人民政府公报', year: 2022, issue: 4, totalIssue: 377, publishedOn: '2022-05-25' });
    expect(s.jurisdiction).toBe('银川市');
  });

  it('lists every editor with the role, joining letter-spaced names', () => {
    expect(s.gazette?.editors.map((e) => `${e.role}:${e.name}`)).toEqual([
      '主任:李国强', '副主任:杨国军', '副主任:张源', '副主任:黄学萍',
      '委员:马孝民', '委员:马瑞', '委员:王淳', '委员:白如实',
      '主编:纳小利', '责任编辑:马若苒', '责任编辑:周佳',
    ]);
  });

  it('reads the table of contents with sections, wrapped titles, numbers and pages', () => {
    expect(s.gazette?.contents?.map((e) => [e.section, e.title, e.docNumber, e.page])).toEqual([
      ['银川市政府文件', '银川市人民政府办公室关于印发银川市推进医疗保障基金监管制度体系改革实施方案的通知', '银政办发〔2022〕34号', 38],
      ['人事任免', '银川市人民政府关于姜俐冰等同志职务任免的通知', '银政干发〔2022〕7号', 67],
      ['人事任免', '银川市人民政府关于未印发文件的通知', '银政发〔2022〕99号', 70],
    ]);
  });

  it('keeps only the documents printed in full, one per notice (the 印发 plan is its body)', () => {
    expect(numbers(s)).toEqual(['银政办发〔2022〕34号', '银政干发〔2022〕7号']);
    expect(s.warnings?.map((w) => [w.rule, w.reason])).toEqual([['segment.contents-not-printed', 'listed in the contents but not printed: 银政发〔2022〕99号']]);
    const notice = s.documents[0]?.meta;
    expect(notice).toMatchObject({
      title: '银川市人民政府办公室关于印发银川市推进医疗保障基金监管制度体系改革实施方案的通知',
      issuers: [{ name: '银川市人民政府办公室', mention: '银川市人民政府办公室' }],
      issuedOn: '2022-04-10',
      docType: '通知',
      section: '银川市政府文件',
      page: 38,
      addressees: ['各县（市）区人民政府', '市政府各部门', '各直属机构'],
      publiclyReleased: true,
    });
    expect(notice?.attachments?.map((a) => a.title)).toEqual(['银川市医保基金监管任务清单']);
    expect(s.documents[0]?.lines.map((l) => l.text)).toContain('一、总体要求');
    expect(s.documents[0]?.jurisdiction).toBe('银川市');
  });

  it('gives each document its first and last line', () => {
    const [a, b] = s.documents;
    const start = MASTHEAD.length * 2 + 1;
    expect(a?.meta.lines).toEqual([start, start + (NOTICE.length - 1) * 2]);
    expect(b?.meta.lines[0]).toBe(start + NOTICE.length * 2);
  });
});

describe('segment: a single document without a masthead', () => {
  it('has gazette null and still finds the document', () => {
    const s = seg(...NOTICE);
    expect(s.gazette).toBeNull();
    expect(numbers(s)).toEqual(['银政办发〔2022〕34号']);
    expect(s.jurisdiction).toBe('银川市');
  });

  it('finds a title without a number line in another city', () => {
    const s = seg('石嘴山市人民政府关于做好防汛工作的通知', '各县区人民政府：', '现就做好防汛工作通知如下。', '石嘴山市人民政府', '二〇二二年十月八日', '（此件主动公开）');
    expect(s.documents[0]?.meta.publiclyReleased).toBe(true);
    expect(s.documents).toHaveLength(1);
    expect(s.documents[0]?.meta).toMatchObject({ docNumber: null, issuedOn: '2022-10-08', docType: '通知' });
    expect(s.documents[0]?.jurisdiction).toBe('石嘴山市');
  });

  it('reads a 发文字号 field of a web page', () => {
    const s = seg('发文字号：宁政办发 [2021] 32 号', '宁夏回族自治区人民政府办公厅关于加强监管的意见', '各市、县（区）人民政府：', '现提出如下意见。');
    expect(s.documents[0]?.meta.docNumber).toBe('宁政办发〔2021〕32号');
    expect(s.documents[0]?.meta.docType).toBe('意见');
    expect(s.documents[0]?.jurisdiction).toBe('宁夏回族自治区');
  });
});

describe('segment: document numbers', () => {
  it.each([
    ['银政函〔2020〕49 号', '银政函〔2020〕49号'],
    ['银政发[2020]65号', '银政发〔2020〕65号'],
    ['银政发（2020）70号', '银政发〔2020〕70号'],
  ])('normalises %s', (raw, want) => {
    expect(numbers(seg('银川市人民政府关于表彰先进单位的决定', raw, '正文。'))).toEqual([want]);
  });

  it('reads an ordinance number printed whole on the line under the title (某市人民政府令第12号)', () => {
    const s = seg('南通市人民政府关于废止和修改部分市政府规章的决定', '南通市人民政府令第12号', '现予公布。', '市长 张三', '2023年6月10日');
    expect(s.documents[0]?.meta).toMatchObject({
      docNumber: '南通市人民政府令第12号',
      title: '南通市人民政府关于废止和修改部分市政府规章的决定',
      issuers: [{ name: '南通市人民政府' }],
    });
  });

  it('names an ordinance after its issuer (第 2 号 → 银川市人民政府令第2号)', () => {
    const s = seg('银川市人民政府关于废止 《银川市地方税收保障办法》的决定', '第 2 号', '现予公布。', '银川市市长 杨玉经', '2020 年 8 月 29 日');
    expect(s.documents[0]?.meta).toMatchObject({
      docNumber: '银川市人民政府令第2号',
      title: '银川市人民政府关于废止《银川市地方税收保障办法》的决定',
      issuers: [{ name: '银川市人民政府' }],
      issuedOn: '2020-08-29',
      docType: '决定',
    });
  });

  it('takes a serial number printed in the title, Chinese numerals kept', () => {
    const s = seg('# 中共贺兰县委员会干部任前公示公告 (2022)第七号', '根据有关规定，现公示如下。', '中共贺兰县委组织部', '2022年9月2日');
    expect(s.documents[0]?.meta).toMatchObject({
      docNumber: '中共贺兰县委员会干部任前公示公告〔2022〕第七号',
      title: '中共贺兰县委员会干部任前公示公告(2022)第七号',
      issuers: [{ name: '中共贺兰县委员会' }],
      docType: '公告',
      issuedOn: '2022-09-02',
    });
  });

  it('takes a serial number printed on the line below the title', () => {
    const s = seg('中共平罗县委组织部干部任前公示公告', '（2023）第3号', '现将拟任职干部有关情况公示如下：', '中共平罗县委组织部', '2023年5月7日');
    expect(s.documents).toHaveLength(1);
    expect(s.documents[0]?.meta).toMatchObject({
      docNumber: '中共平罗县委组织部干部任前公示公告〔2023〕第3号',
      title: '中共平罗县委组织部干部任前公示公告',
      issuedOn: '2023-05-07',
    });
  });

  it('does not take a cited number inside a sentence for a document', () => {
    expect(seg('根据《通知》（宁政规发', '〔2018〕7 号）、', '制定本办法。').documents).toHaveLength(0);
  });
});

describe('segment: issuers and signatures', () => {
  it('splits joint issuers of the title in order', () => {
    const s = seg('中共银川市委办公室 银川市人民政府办公室 关于印发《实施意见》的通知', '银党办〔2022〕68号', '各县（市）区党委和人民政府：', '现印发给你们。', '中共银川市委办公室 银川市人民政府办公室', '2022年4月24日');
    expect(s.documents[0]?.meta.issuers.map((o) => o.name)).toEqual(['中共银川市委办公室', '银川市人民政府办公室']);
  });

  it('takes joint issuers printed on their own heading line (markdown)', () => {
    const s = seg('# 中共贺兰县委员会 贺兰县人民政府', '## 关于印发《实施方案》的通知', '贺党发〔2022〕32号', '各单位：', '现印发给你们。', '中共贺兰县委员会  ', '贺兰县人民政府  ', '2022年10月8日');
    const m = s.documents[0]?.meta;
    expect(m?.title).toBe('中共贺兰县委员会贺兰县人民政府关于印发《实施方案》的通知');
    expect(m?.issuers.map((o) => o.name)).toEqual(['中共贺兰县委员会', '贺兰县人民政府']);
    expect(s.documents[0]?.jurisdiction).toBe('贺兰县');
  });

  it('lets the title win over a different signature', () => {
    const s = seg('中共银川市委 银川市人民政府关于表彰先进集体的决定', '银党发〔2020〕14 号', '现决定如下。', '中共银川市委办公室 银川市人民政府', '2020年8月20日');
    expect(s.documents[0]?.meta.issuers.map((o) => o.name)).toEqual(['中共银川市委', '银川市人民政府']);
  });

  it('spells out a title organ that the signature names in full', () => {
    const s = seg('银川市人民政府  银川警备区', '关于印发激励政策措施实施办法的通知', '银政规发〔2024〕1 号', '各人民武装部：', '现印发你们。', '银川市人民政府　中国人民解放军宁夏银川警备区', '2024 年 1 月 25 日');
    expect(s.documents[0]?.meta.issuers.map((o) => o.name)).toEqual(['银川市人民政府', '中国人民解放军宁夏银川警备区']);
  });

  it('takes the issuers from a signature of several lines when the title names none', () => {
    const s = seg('关于印发《管理办法》的通知', '银网信规发〔2022〕1号', '各有关单位：', '现印发给你们。', '银川市网络信息化局', '银川市发展和改革委员会', '银川市财政局', '2022年3月30日', '（此件公开发布）');
    expect(s.documents[0]?.meta.issuers.map((o) => o.name)).toEqual(['银川市网络信息化局', '银川市发展和改革委员会', '银川市财政局']);
    expect(s.documents[0]?.jurisdiction).toBe('银川市');
  });

  it.each([
    ['2022年4月10日', '2022-04-10'],
    ['2020 年 8 月 24 日', '2020-08-24'],
    ['…………………………2024 年 1 月 31 日', '2024-01-31'],
    ['二〇二二年十月八日', '2022-10-08'],
    ['二〇二三年十二月三十一日', '2023-12-31'],
  ])('reads the signature date %s', (raw, iso) => {
    const s = seg('银川市人民政府关于做好工作的通知', '银政发〔2022〕1号', '现通知如下。', '银川市人民政府', raw);
    expect(s.documents[0]?.meta.issuedOn).toBe(iso);
  });

  it('records who signs over a title, with the line (an ordinance signed by the mayor)', () => {
    const s = seg('银川市人民政府关于废止 《银川市地方税收保障办法》的决定', '第 2 号', '现予公布。', '银川市市长 杨玉经', '2020 年 8 月 29 日');
    const m = s.documents[0]?.meta;
    expect(m?.signatories).toEqual([{ person: { name: '杨玉经' }, title: '银川市市长', lines: [7] }]);
    expect(m?.issuers.map((o) => o.name)).toEqual(['银川市人民政府']);
  });

  it.each([
    ['省长：王小明', '省长', '王小明'],
    ['代县长　李四', '代县长', '李四'],
    ['主任 张三丰', '主任', '张三丰'],
  ])('reads the signature %s as a title and a name', (line, title, name) => {
    const s = seg('某某省人民政府关于公布规章的决定', '第 5 号', '现予公布。', line, '2021年3月1日');
    expect(s.documents[0]?.meta.signatories).toMatchObject([{ person: { name }, title }]);
  });

  it('signs with organs and no person: no signatories; a title run into the name is not read as one', () => {
    const organs = seg('银川市人民政府关于做好工作的通知', '银政发〔2022〕1号', '现通知如下。', '银川市人民政府', '2022年4月10日');
    expect(organs.documents[0]?.meta.signatories).toEqual([]);
    const runTogether = seg('银川市人民政府关于做好工作的决定', '第 3 号', '现予公布。', '银川市市长杨玉经', '2022年4月10日');
    expect(runTogether.documents[0]?.meta.signatories).toEqual([]);
  });

  it('does not take a date inside a sentence for the signature', () => {
    const s = seg('银川市人民政府关于做好工作的通知', '银政发〔2022〕1号', '已经2022年3月1日常务会议通过。');
    expect(s.documents[0]?.meta.issuedOn).toBeNull();
  });
});

describe('segment: page-scrambled conversions', () => {
  it('starts a document at its addressee when cover and signature precede the title', () => {
    const s = seg(
      ' 各县（市）区人民政府，市政府各部门 ：', '现印发给你们，请抓好落实。', '银川市人民政府', '2024 年 1 月 5 日', '（此件公开发布）',
      '银川市人民政府关于印发', '《联系工作机制》的通知', '银政发〔2024〕1 号', '联系工作机制', '一、总则。',
      ' 各县（市）区人民政府，各人民武装部 ：', '现将办法印发你们。', '银川市人民政府', '2024 年 1 月 25 日', '（此件公开发布）',
      '银川市人民政府关于印发', '激励办法的通知', '银政规发〔2024〕1 号', '激励办法', '第一条 为了激励。',
    );
    expect(numbers(s)).toEqual(['银政发〔2024〕1号', '银政规发〔2024〕1号']);
    expect(s.documents.map((d) => d.meta.lines)).toEqual([[1, 19], [21, 39]]);
    expect(s.documents.map((d) => d.meta.issuedOn)).toEqual(['2024-01-05', '2024-01-25']);
    expect(s.documents[0]?.meta.title).toBe('银川市人民政府关于印发《联系工作机制》的通知');
  });

  it('splits bodies that follow several titles in a row, one signature each', () => {
    const s = seg(
      ' 银川市人民政府', '关于吴娟等同志任职的通知', '银政干发〔2024〕1 号',
      '银川市人民政府', '关于蒋恒斌等同志职务任免的通知', '银政干发〔2024〕2 号',
      '各县（市）区人民政府 ：', '吴娟任银川市工业和信息化局副局长。', '银川市人民政府', '……………2024 年 1 月 10 日', '（此件公开发布）',
      '各县（市）区人民政府 ：', '蒋恒斌任银川市水务局副局长。', '银川市人民政府', '……………2024 年 1 月 11 日', '（此件公开发布）',
    );
    expect(numbers(s)).toEqual(['银政干发〔2024〕1号', '银政干发〔2024〕2号']);
    const body = (n: number) => s.documents[n]?.lines.map((l) => l.text).filter(Boolean).join('|');
    expect(body(0)).toContain('吴娟任');
    expect(body(0)).not.toContain('蒋恒斌任');
    expect(body(1)).toContain('蒋恒斌任');
    expect(s.documents.map((d) => d.meta.issuedOn)).toEqual(['2024-01-10', '2024-01-11']);
    expect(s.documents.map((d) => d.meta.lines)).toEqual([[1, 21], [7, 31]]);
  });
});

describe('segment: back matter', () => {
  it('ends the last document where a non-document section of the contents starts', () => {
    const s = seg('银川市人民政府公报', '2020年第7期', '目 录', '【银川市政府大事记】\t64', '主 编：纳小利', ...APPOINTMENT, '银川市政府大事记', '8月2日，市长主持召开会议。');
    const last = s.documents[s.documents.length - 1];
    expect(last?.lines.map((l) => l.text)).not.toContain('银川市政府大事记');
  });
});

describe('segment: other layouts', () => {
  it('reads a red-header document with the number above the title', () => {
    const s = seg('银川市西夏区人民政府文件', '西政发〔2023〕5号', '银川市西夏区人民政府关于印发', '《西夏区城市更新工作方案》的通知', '各镇人民政府，区直各部门：', '现印发给你们。', '银川市西夏区人民政府', '2023年3月1日');
    expect(s.documents).toHaveLength(1);
    expect(s.documents[0]?.meta).toMatchObject({
      docNumber: '西政发〔2023〕5号',
      title: '银川市西夏区人民政府关于印发《西夏区城市更新工作方案》的通知',
      issuedOn: '2023-03-01',
      lines: [1, 15],
    });
    expect(s.documents[0]?.jurisdiction).toBe('银川市西夏区');
  });

  it('names a district with its city where the text does', () => {
    const s = seg('西夏区人民政府公报', '2023年第1期', '西夏区人民政府关于做好工作的通知', '西政发〔2023〕1号', '根据银川市西夏区工作安排，银川市人民政府要求做好工作。', '西夏区人民政府', '2023年1月5日');
    expect(s.jurisdiction).toBe('银川市西夏区');
    expect(s.documents[0]?.jurisdiction).toBe('银川市西夏区');
    expect(s.gazette?.name).toBe('西夏区人民政府公报');
    expect(s.documents[0]?.meta.issuers).toEqual([{ name: '银川市西夏区人民政府', mention: '西夏区人民政府' }]);
  });

  it('finds an unnumbered document the contents list, and leaves back matter out', () => {
    const s = seg(
      '西夏区人民政府公报', '2024年第1期', '目 录', '政府工作报告……………（1）', '【大事记】……………（9）', '主 编：张三',
      '政府工作报告', '——2024年1月9日在银川市西夏区第五届人民代表大会第四次会议上', '过去一年，我们完成了十件民生实事。',
      '西夏区人民政府关于做好工作的通知', '西政发〔2024〕1号', '现通知如下。', '西夏区人民政府', '2024年1月5日',
      '大事记', '1月2日，召开会议。',
    );
    expect(s.documents.map((d) => [d.meta.docNumber, d.meta.title, d.meta.docType, d.meta.issuedOn])).toEqual([
      [null, '政府工作报告', '报告', null],
      ['西政发〔2024〕1号', '西夏区人民政府关于做好工作的通知', '通知', '2024-01-05'],
    ]);
    expect(s.documents[1]?.lines.map((l) => l.text)).not.toContain('大事记');
  });

  it('reads an ordinance printed as 人民政府令 / 第N号', () => {
    const s = seg('银川市人民政府令', '第 12 号', '《银川市养犬管理办法》已经市人民政府常务会议通过，现予公布。', '市长 张三', '2023年1月1日');
    expect(s.documents[0]?.meta).toMatchObject({ docNumber: '银川市人民政府令第12号', issuers: [{ name: '银川市人民政府' }], docType: '令', issuedOn: '2023-01-01' });
  });

  it('reads the publication date of a colophon field', () => {
    const s = seg('石嘴山市人民政府公报', '2023年第2期（总第120期）', '出版日期：2023年2月28日', '石嘴山市人民政府关于做好工作的通知', '石政发〔2023〕1号', '正文。');
    expect(s.gazette).toMatchObject({ year: 2023, issue: 2, totalIssue: 120, publishedOn: '2023-02-28' });
    expect(s.jurisdiction).toBe('石嘴山市');
  });
});

describe('segment: web pages and plain contents', () => {
  it('takes the number from a web listing title and a signature on the date line', () => {
    const s = seg('首页 > 政务公开', '浙江省人民政府办公厅关于加强监管的通知（浙政办发〔2023〕5号）', '各市、县（市、区）人民政府：', '现通知如下。', '浙江省人民政府办公厅 2023年3月1日');
    expect(s.documents[0]?.meta).toMatchObject({
      docNumber: '浙政办发〔2023〕5号',
      title: '浙江省人民政府办公厅关于加强监管的通知',
      issuers: [{ name: '浙江省人民政府办公厅' }],
      issuedOn: '2023-03-01',
    });
    expect(s.documents[0]?.jurisdiction).toBe('浙江省');
    expect(s.gazette).toBeNull();
  });

  it('does not take a contents page of bare numbers for documents', () => {
    const s = seg(
      '西夏区人民政府公报', '2023年第1期', '目 录',
      '西夏区人民政府关于做好工作的通知', '西政发〔2023〕1号',
      '西夏区人民政府关于表彰先进的决定', '西政发〔2023〕2号',
      '西夏区人民政府关于做好工作的通知', '西政发〔2023〕1号', '各镇：', '现通知如下。', '西夏区人民政府', '2023年1月5日',
      '西夏区人民政府关于表彰先进的决定', '西政发〔2023〕2号', '各镇：', '现决定如下。', '西夏区人民政府', '2023年1月6日',
    );
    expect(numbers(s)).toEqual(['西政发〔2023〕1号', '西政发〔2023〕2号']);
    expect(s.documents.map((d) => d.meta.issuedOn)).toEqual(['2023-01-05', '2023-01-06']);
    expect(s.gazette?.contents?.map((e) => e.docNumber)).toEqual(['西政发〔2023〕1号', '西政发〔2023〕2号']);
  });

  it('reads sections printed without 【】 in the contents, and gives each document its section and page', () => {
    const s = seg(
      '永宁县人民政府公报', '2023年第4期', '目 录',
      '县政府文件', '永宁县人民政府关于做好工作的通知 …………… 1',
      '人事任免', '永宁县人民政府关于马建军等同志职务任免的通知 …………… 3',
      '县政府文件', '永宁县人民政府关于做好工作的通知', '永政发〔2023〕1号', '各镇：', '现通知如下。', '永宁县人民政府', '2023年1月5日',
      '人事任免', '永宁县人民政府关于马建军等同志职务任免的通知', '永政任〔2023〕2号', '各镇：', '任命马建军为永宁县农业农村局局长。', '永宁县人民政府', '2023年1月6日',
    );
    expect(s.gazette?.contents?.map((e) => [e.section, e.title, e.page])).toEqual([
      ['县政府文件', '永宁县人民政府关于做好工作的通知', 1],
      ['人事任免', '永宁县人民政府关于马建军等同志职务任免的通知', 3],
    ]);
    expect(s.documents.map((d) => [d.meta.docNumber, d.meta.section, d.meta.page])).toEqual([
      ['永政发〔2023〕1号', '县政府文件', 1],
      ['永政任〔2023〕2号', '人事任免', 3],
    ]);
  });
});

describe('segment: page starts in a scrambled conversion', () => {
  // Lines beginning with a space start a page; the title block of B was
  // printed inside an unfinished sentence of its own body, C's body precedes
  // its signature and title and it has no addressee above the title.
  const text = [
    ' 各县（市）区人民政府 ：', '现印发给你们。', '银川市人民政府办公室', '2024 年 1 月 17 日', '（此件公开发布）',
    '银川市人民政府办公室关于印发', '《林票工作实施方案》的通知', '银政办发〔2024〕4 号', '林票工作实施方案', '一、总则。',
    ' 银川市民生实事已经市人大', '会议审议通过，现通知如下：', '1. 实施内容 ：建设交通站监测数据管理和分析',
    '银川市人民政府办公室关于做好', '民生实事工作的通知', '银政办发〔2024〕5 号', '各县（市）区人民政府 ：',
    '系统，建成道路空气质量交通站。', '银川市人民政府办公室', '2024 年 1 月 24 日', '（此件公开发布）',
    ' 一、工作任务', '各责任单位要抓好落实。', '附件 ：任务分工方案', '银川市人民政府办公室', '2024 年 1 月 29 日', '（此件公开发布）',
    '银川市人民政府办公室关于印发', '《任务分工方案》的通知', '银政办发〔2024〕6 号', '（手机扫描二维码查看附件）',
  ].join('\n\n');
  const s = segment(normalise(text));

  it('starts each document at its page', () => {
    expect(numbers(s)).toEqual(['银政办发〔2024〕4号', '银政办发〔2024〕5号', '银政办发〔2024〕6号']);
    expect(s.documents.map((d) => d.meta.lines)).toEqual([[1, 19], [21, 41], [43, 61]]);
    expect(s.documents.map((d) => d.meta.issuedOn)).toEqual(['2024-01-17', '2024-01-24', '2024-01-29']);
  });
});

describe('segment: what is not a masthead', () => {
  it('does not take a statistical communiqué title or a stray issue number for a gazette', () => {
    const s = seg('银川市国民经济和社会发展统计公报', '来源：《宁夏日报》2023年第1期', '银川市统计局关于发布统计公报的通知', '银统发〔2023〕3号', '现予发布。');
    expect(s.gazette).toBeNull();
    expect(numbers(s)).toEqual(['银统发〔2023〕3号']);
  });
});

describe('segment: a web page of another province', () => {
  it('reads full-width digits and keeps an abbreviated addressee whole', () => {
    const s = seg(
      '首页 > 政务公开 > 规范性文件', '上海市人民政府办公厅关于印发《若干措施》的通知', '沪府办规〔２０２３〕５号',
      '各区人民政府，市政府各委、办、局：', '现将《若干措施》印发给你们。', '上海市人民政府办公厅', '２０２３年３月２８日',
    );
    expect(s.gazette).toBeNull();
    expect(s.documents[0]?.meta).toMatchObject({ docNumber: '沪府办规〔2023〕5号', issuedOn: '2023-03-28', addressees: ['各区人民政府', '市政府各委、办、局'] });
    expect(s.documents[0]?.jurisdiction).toBe('上海市');
  });

  it('does not split an addressee at a 、 inside brackets (各县（市、区）人民政府)', () => {
    const s = seg(
      '山东省人民政府关于张明等同志职务任免的通知', '鲁政字〔2023〕45号',
      '各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：', '经研究，决定：', '山东省人民政府', '2023年3月15日',
    );
    expect(s.documents[0]?.meta.addressees).toEqual(['各市人民政府', '各县（市、区）人民政府', '省政府各部门', '各直属机构']);
  });
});

describe('segment: bracketed number lines', () => {
  it('takes bracketed numbers in the body and leaves the contents copies out', () => {
    const s = seg(
      '金凤区人民政府公报', '2023年第1期（总第40期）', '目 录',
      '金凤区人民政府关于做好工作的通知', '（金政发〔2023〕1号）',
      '金凤区人民政府关于表彰先进的决定', '（金政发〔2023〕2号）',
      '主 编：张三', '地 址：金凤区政务中心',
      '金凤区人民政府关于做好工作的通知', '（金政发〔2023〕1号）', '各镇：', '现通知如下。', '金凤区人民政府', '2023年1月5日',
      '金凤区人民政府关于表彰先进的决定', '（金政发〔2023〕2号）', '各镇：', '现决定如下。', '金凤区人民政府', '2023年1月6日',
    );
    expect(numbers(s)).toEqual(['金政发〔2023〕1号', '金政发〔2023〕2号']);
    expect(s.documents.map((d) => d.meta.issuedOn)).toEqual(['2023-01-05', '2023-01-06']);
    expect(s.gazette?.editors.map((e) => e.name)).toEqual(['张三']);
  });
});
