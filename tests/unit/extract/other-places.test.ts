// Documents from places the sample corpus does not contain (tests/fixtures/extract/):
// what a careful reader takes from each, checked through the whole pipeline.
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../../src/extract/pipeline';
import type { Extraction, OrgRef } from '../../../src/extract/types';

const FIXTURES = path.join(__dirname, '../../fixtures/extract');
const run = (name: string): Extraction => extract(fs.readFileSync(path.join(FIXTURES, name)), { path: name });
const names = (refs: readonly OrgRef[]) => refs.map((r) => r.name);
/** `action:person:organization:post` for each appointment of a document. */
const appointmentsOf = (doc: Extraction['documents'][number]): string[] =>
  doc.appointments.map((x) => `${x.action}:${x.person.name}:${x.organization?.name}:${x.post}`);

describe('a provincial implementation plan (甘肃省, task table and prose roles)', () => {
  const out = run('gansu-programme.txt');
  const doc = out.documents[0]!;
  const task = (start: string) => doc.tasks.find((t) => t.text.replace(/^（[一二三四]）/, '').startsWith(start) || t.text.startsWith(start))!;

  it('reads the document head', () => {
    expect(out.documents).toHaveLength(1);
    expect(doc.title).toBe('甘肃省人民政府办公厅关于印发甘肃省促进中小企业发展实施方案的通知');
    expect(doc.docNumber).toBe('甘政办发〔2023〕45号');
    expect(doc.issuedOn).toBe('2023-06-12');
    expect(names(doc.issuers)).toEqual(['甘肃省人民政府办公厅']);
  });

  it('names 省 units with the province once (甘肃省财政厅, not 甘肃省省财政厅)', () => {
    expect(names(task('加大财税').responsible)).toEqual(['甘肃省财政厅', '甘肃省税务局', '各市州人民政府']);
  });

  it('reads 牵头单位：…；配合单位：… and keeps a 人民银行 branch as named', () => {
    const t = task('缓解融资');
    expect(names(t.leads)).toEqual(['甘肃省地方金融监管局']);
    expect(names(t.cooperating)).toEqual(['人民银行兰州中心支行', '甘肃银保监局']);
  });

  it('reads X牵头，Y、Z配合 and the standard short forms', () => {
    const t = task('优化政务');
    expect(names(t.leads)).toEqual(['甘肃省政务服务中心']);
    expect(names(t.cooperating)).toEqual(['甘肃省市场监督管理局', '甘肃省发展和改革委员会']);
  });

  it('reads （X厅负责） after a task', () => {
    expect(names(task('加强人才').responsible)).toEqual(['甘肃省工业和信息化厅']);
  });

  it('reads the task table: lead, responsible units and deadline per row', () => {
    const rows = doc.tasks.filter((t) => t.number && /^\d$/.test(t.number));
    // the text runs from its number (FORMAT.md); the number cell is the task's number
    expect(rows.map((t) => t.number)).toEqual(['1', '2', '3']);
    expect(rows.map((t) => t.text.replace(/^\d+\s*/, ''))).toEqual(['建立中小企业服务平台', '开展清理拖欠中小企业账款专项行动', '建设中小企业公共技术服务示范平台']);
    expect(rows.map((t) => names(t.leads))).toEqual([['甘肃省工业和信息化厅'], ['甘肃省工业和信息化厅'], ['甘肃省科技厅']]);
    expect(names(rows[1]!.responsible)).toEqual(['甘肃省人民政府国有资产监督管理委员会', '甘肃省财政厅']);
    expect(rows.map((t) => t.deadline)).toEqual(['2023年12月底', '2023年9月底', '持续推进']);
  });
});

describe('a district gazette (金凤区): masthead, appointments with several posts, a repeal decision', () => {
  const out = run('jinfeng-gazette.txt');

  it('reads the masthead and the editorial board', () => {
    expect(out.gazette).toMatchObject({ name: '金凤区人民政府公报', year: 2023, issue: 2, totalIssue: 45, publishedOn: '2023-06-30' });
    expect(out.gazette?.editors.map((e) => `${e.role}:${e.name}`)).toEqual([
      '主任:王建国', '副主任:李红梅', '副主任:赵立新', '委员:马明', '委员:张丽', '委员:刘洋',
    ]);
    expect(out.documents.map((d) => d.docNumber)).toEqual(['银金政任〔2023〕3号', '银金政发〔2023〕21号']);
  });

  it('gives every post of a person its own appointment or removal', () => {
    const a = appointmentsOf(out.documents[0]!);
    expect(a).toEqual([
      'appoint:王强:金凤区财政局:局长',
      'appoint:王强:金凤区国有资产管理中心:主任',
      'appoint:陈晓燕:金凤区教育局:副局长',
      'remove:李伟:金凤区财政局:局长',
      'remove:周敏:金凤区教育局:副局长',
      'remove:周敏:金凤区教育研究室:主任',
    ]);
  });

  it('lists each repealed document with its title and number', () => {
    const s = out.documents[1]!.supersedes.map((x) => `${x.relation}:${x.docNumber}:${x.title}`);
    expect(s).toEqual([
      'repeals:银金政发〔2015〕12号:金凤区城市管理办法',
      'repeals:银金政发〔2016〕40号:金凤区农村土地承包经营权流转管理暂行办法',
      'repeals:银金政发〔2018〕7号:金凤区人民政府关于加强安全生产工作的通知',
    ]);
  });
});

describe('a city appointment notice (成都市): 、-joined posts, 兼任, removals of two posts', () => {
  const doc = run('chengdu-appointments.txt').documents[0]!;
  it('reads each post', () => {
    expect(appointmentsOf(doc)).toEqual([
      'appoint:张三:成都市财政局:局长',
      'appoint:张三:成都市人民政府国有资产监督管理委员会:主任',
      'remove:李四:成都市财政局:局长',
      'appoint:王五:成都市教育局:副局长',
      'appoint:王五:成都市教育科学研究院:院长',
      'remove:赵六:成都市交通运输局:副局长',
      'remove:赵六:成都市港航事务中心:主任',
    ]);
  });
});

describe('a repeal decision whose list is a table in an attachment (西夏区)', () => {
  const doc = run('xixia-repeal-table.txt').documents[0]!;
  it('repeals each row of the table', () => {
    expect(doc.supersedes.map((x) => `${x.relation}:${x.docNumber}:${x.title}`)).toEqual([
      'repeals:银西政发〔2012〕88号:西夏区城市居民最低生活保障实施办法',
      'repeals:银西政发〔2014〕15号:西夏区人民政府关于进一步加强征地拆迁管理工作的通知',
      'repeals:银西政规发〔2017〕2号:西夏区集体土地上房屋征收补偿安置办法',
    ]);
  });
});

describe('a county leadership division (榆中县): 负责…，分管…，联系…, sub-units, AB posts', () => {
  const doc = run('yuzhong-division.txt').documents[0]!;
  const of = (person: string, relation: string) =>
    doc.portfolios
      .filter((p) => p.person.name === person && p.relation === relation)
      .map((p) => ('name' in p.target ? p.target.name : 'area' in p.target ? p.target.area : p.target.person));

  it('reads presides, responsible_for and supervises per leader', () => {
    expect(of('李明', 'presides')).toEqual(['榆中县人民政府']);
    expect(of('王芳', 'responsible_for')).toEqual(['财政', '税务', '金融']);
    expect(of('王芳', 'supervises')).toEqual(['榆中县财政局', '榆中县金融工作服务中心', '榆中县统计局', '榆中县审计局']);
  });

  it('names the CPPCC in full and gives bare party organs the 县委 before them', () => {
    expect(of('王芳', 'liaises')).toEqual(['中国人民政治协商会议榆中县委员会', '榆中县税务局', '人民银行榆中县支行']);
    expect(of('赵刚', 'liaises')).toEqual(['中共榆中县委农村工作领导小组', '中共榆中县委政策研究室']);
  });

  it('reads AB posts both ways', () => {
    expect(of('王芳', 'backup')).toEqual(['赵刚']);
    expect(of('赵刚', 'backup')).toEqual(['王芳']);
  });
});

describe('a single document copied from a web page: GBK, CRLF, no masthead (成都市武侯区)', () => {
  const out = run('wuhou-web-gbk.txt');
  const doc = out.documents[0]!;

  it('decodes GBK and reads the head', () => {
    expect(out.gazette).toBeNull();
    expect(doc.title).toBe('成都市武侯区人民政府办公室关于印发武侯区推进社区发展治理三年行动计划的通知');
    expect(doc.docNumber).toBe('成武府办发〔2022〕15号');
    expect(doc.issuedOn).toBe('2022-04-08');
  });

  it('reads 由X牵头，Y、各街道办事处配合 (a list ending in 办事处)', () => {
    const t = doc.tasks[0]!;
    expect(t.text).toContain('建立社区议事协商机制');
    expect(names(t.leads)).toEqual(['中共成都市武侯区委社治委']);
    expect(names(t.cooperating)).toEqual(['成都市武侯区民政局', '各街道办事处']);
  });

  it('reads （X负责） and （责任单位：…，各…） with short forms expanded', () => {
    expect(names(doc.tasks[1]!.responsible)).toEqual(['成都市武侯区民政局']);
    expect(names(doc.tasks[2]!.responsible)).toEqual(['中共成都市武侯区委组织部', '成都市武侯区人力资源和社会保障局', '各街道办事处']);
  });
});

describe('a city leadership division with the post after the name (兰州市: 张三副市长：负责…)', () => {
  const doc = run('lanzhou-division.txt').documents[0]!;
  const of = (person: string, relation: string) =>
    doc.portfolios
      .filter((p) => p.person.name === person && p.relation === relation)
      .map((p) => ('name' in p.target ? p.target.name : 'area' in p.target ? p.target.area : p.target.person));

  it('names each leader and reads their units', () => {
    expect([...new Set(doc.portfolios.map((p) => p.person.name))]).toEqual(['张志强', '刘建华', '李娜']);
    expect(of('张志强', 'presides')).toEqual(['兰州市人民政府']);
    expect(of('李娜', 'supervises')).toEqual(['兰州市教育局', '兰州市卫生健康委员会']);
    expect(of('刘建华', 'liaises')).toEqual(['兰州市人民代表大会常务委员会', '中国人民政治协商会议兰州市委员会', '兰州市中级人民法院', '兰州市人民检察院']);
    expect(of('李娜', 'liaises')).toEqual(['中共兰州市委宣传部', '中共兰州市委机构编制委员会办公室', '共青团兰州市委员会', '兰州市妇女联合会']);
  });
});

describe('a provincial plan (四川省): several leads, 各市（州）, a table row continued with an empty first cell', () => {
  const doc = run('sichuan-programme.txt').documents[0]!;
  it('reads X、Y牵头，Z配合，各市（州）人民政府负责', () => {
    const t = doc.tasks.find((x) => x.text.includes('深化产教融合'))!;
    expect(names(t.leads)).toEqual(['四川省教育厅', '四川省发展和改革委员会']);
    expect(names(t.cooperating)).toEqual(['四川省财政厅', '四川省人民政府国有资产监督管理委员会']);
    expect(names(t.responsible)).toEqual(['各市（州）人民政府']);
  });

  it('keeps the columns of a row whose first cell is empty', () => {
    const t = doc.tasks.find((x) => x.text.includes('办学能力提升工程'))!;
    expect(names(t.leads)).toEqual(['四川省教育厅']);
    expect(names(t.responsible)).toEqual(['四川省发展和改革委员会']);
    expect(t.deadline).toBe('2024年');
  });
});

describe('a standing committee appointment list (南宁市人大常委会): no number, no signature', () => {
  const doc = run('nanning-congress-list.txt').documents[0]!;
  it('is one document, issued by the committee and dated by its adoption line', () => {
    expect(doc).toMatchObject({ docNumber: null, title: '南宁市人民代表大会常务委员会任免名单', docType: '名单', issuedOn: '2023-05-26' });
    expect(names(doc.issuers)).toEqual(['南宁市人民代表大会常务委员会']);
  });
  it('reads the 任命： and 免去： lists', () => {
    expect(appointmentsOf(doc)).toEqual([
      'appoint:张伟:南宁市发展和改革委员会:主任',
      'appoint:李娜:南宁市民政局:局长',
      'remove:王强:南宁市民政局:局长',
      'remove:陈红:南宁市审计局:局长',
    ]);
  });
});

describe('a list of livelihood projects in an attachment (遵义市): programmes and tasks', () => {
  const doc = run('zunyi-livelihood.txt').documents[0]!;
  it('reads each numbered project under the set’s title line, with the year and lead unit', () => {
    expect(doc.programmes.map((p) => [p.name, p.year, names(p.leads)])).toEqual([
      ['新建改扩建公办幼儿园10所，新增学位3000个', 2023, ['遵义市教育局']],
      ['完成城镇老旧小区改造200个', 2023, ['遵义市住房城乡建设局']],
      ['为全市60周岁以上老年人免费提供健康体检', 2023, ['遵义市卫生健康局']],
    ]);
    expect(doc.tasks.map((t) => names(t.leads))).toEqual([['遵义市教育局'], ['遵义市住房城乡建设局'], ['遵义市卫生健康局']]);
  });
});

describe('a provincial appointment notice (山东省)', () => {
  const doc = run('shandong-appointments.txt').documents[0]!;
  it('keeps 各县（市、区）人民政府 whole among the addressees', () => {
    expect(doc.addressees).toEqual(['各市人民政府', '各县（市、区）人民政府', '省政府各部门', '各直属机构']);
  });
  it('reads each appointment and removal with the province in the unit name', () => {
    expect(appointmentsOf(doc)).toEqual([
      'appoint:张明:山东省发展和改革委员会:副主任',
      'appoint:王丽:山东省教育厅:副厅长',
      'remove:赵刚:山东省财政厅:副厅长',
      'remove:刘洋:山东省交通运输厅:厅长',
    ]);
  });
});

describe('a task table laid out with spaces instead of TABs (安康市)', () => {
  const doc = run('ankang-space-table.txt').documents[0]!;
  it('reads each row: lead, cooperating units and deadline', () => {
    expect(doc.tasks.map((t) => [t.number, names(t.leads), names(t.cooperating), t.deadline])).toEqual([
      ['1', ['安康市工业和信息化局'], ['安康市通信发展办'], '2023年12月'],
      ['2', ['安康市大数据局'], ['安康市财政局', '安康市发展和改革委员会'], '2023年10月'],
    ]);
  });
});

