// The tasks parser: one small hand-written example per layout family.
import type { Line } from '../../../src/extract/location';
import { tasksParser } from '../../../src/extract/parse/tasks';
import { buildUnitResolver } from '../../../src/extract/resolve';
import type { DocumentSegment } from '../../../src/extract/stages';
import type { Task } from '../../../src/extract/types';

/** A document from text; blank lines between paragraphs as in the corpus. */
function parse(text: string, jurisdiction = '银川市', context = ''): Task[] {
  const lines: Line[] = text.split('\n').map((t, i) => ({ no: i + 1, text: t }));
  const doc: DocumentSegment = {
    meta: { docNumber: null, title: 't', issuers: [], issuedOn: null, docType: '通知', section: null, page: null, lines: [1] },
    jurisdiction,
    lines,
    paragraphs: [],
  };
  const ctxLines = context.split('\n').map((t, i) => ({ no: i + 1, text: t }));
  const units = buildUnitResolver([...lines, ...ctxLines]);
  return tasksParser.parse(doc, { units, warn: () => undefined }).tasks ?? [];
}

const names = (refs: { name: string }[]) => refs.map((r) => r.name);

describe('tasks: role-label lines', () => {
  it('closes each numbered task with its 牵头单位 / 配合单位 lines', () => {
    const tasks = parse(
      [
        '任务1：完善应急预案。建立联动机制。',
        '',
        '牵头单位：市应急管理局',
        '',
        '配合单位：市气象局、市水务局，各县（市）区人民政府',
        '',
        '任务2：建设监测站网。',
        '',
        '牵头单位：市气象局',
      ].join('\n'),
    );
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({ number: '任务1', lines: [1, 5], deadline: null });
    expect(tasks[0]!.text).toContain('完善应急预案');
    expect(names(tasks[0]!.leads)).toEqual(['银川市应急管理局']);
    expect(names(tasks[0]!.cooperating)).toEqual(['银川市气象局', '银川市水务局', '各县（市）区人民政府']);
    expect(names(tasks[1]!.leads)).toEqual(['银川市气象局']);
  });

  it('makes one task of several sub-items closed by one label group', () => {
    const tasks = parse(
      [
        '（一）青少年素质提升行动。',
        '1. 推进科技教育。开展活动。',
        '2. 加强教师队伍建设。',
        '牵头部门：市教育局，市科学技术协会',
        '配合部门：市科学技术局',
        '（二）农民素质提升行动。',
        '1. 开展培训。',
        '2. 建设示范基地。',
        '牵头部门：市农业农村局',
      ].join('\n'),
    );
    expect(tasks.map((t) => t.number)).toEqual(['（一）', '（二）']);
    expect(tasks[0]!.text).toContain('青少年素质提升行动');
    expect(tasks[0]!.text).toContain('加强教师队伍建设');
    expect(names(tasks[0]!.leads)).toEqual(['银川市教育局', '银川市科学技术协会']);
  });

  it('applies a lead printed once above several items to each item', () => {
    const tasks = parse(
      [
        '（一）交通畅行实事',
        '牵头单位 ：市公安局',
        '1. 打通断头路 4 条',
        '实施内容 ：打通阅北六路等 4 条道路。',
        '责任单位 ：市住房和城乡建设局',
        '2. 提升通行效率',
        '实施内容 ：优化信号灯。',
        '责任单位 ：市交通运输局',
        '（二）教育实事',
        '1. 新建学校',
        '责任单位 ：市教育局',
      ].join('\n'),
    );
    expect(tasks).toHaveLength(3);
    expect(tasks.map((t) => names(t.leads))).toEqual([['银川市公安局'], ['银川市公安局'], []]);
    expect(names(tasks[1]!.responsible)).toEqual(['银川市交通运输局']);
  });

  it('reads 对接责任领导 as leaders and re-joins a list broken across lines', () => {
    const tasks = parse(
      [
        '1. 关于“实施专项债券项目”',
        '对接责任领导：王向豫',
        '对接牵头部门：市发展和改革委员会、市财',
        '政局',
        '对接责任部门：市教育局等部门，各园区',
      ].join('\n'),
    );
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.leaders).toEqual([{ name: '王向豫' }]);
    expect(names(tasks[0]!.leads)).toEqual(['银川市发展和改革委员会', '银川市财政局']);
    expect(names(tasks[0]!.responsible)).toEqual(['银川市教育局', '各园区']);
  });

  it('routes a trailing 具体负责落实 in a cooperating list to responsible', () => {
    const [t] = parse(['1. 实施健康知识普及行动。', '牵头单位：市卫生健康委员会', '配合单位：市教育局，各县（市）区人民政府具体负责落实。以下不再列出'].join('\n'));
    expect(names(t!.cooperating)).toEqual(['银川市教育局']);
    expect(names(t!.responsible)).toEqual(['各县（市）区人民政府']);
  });
});

describe('tasks: role brackets at a paragraph end', () => {
  it('reads ；-separated groups and the deadline', () => {
    const [t] = parse('1. 落实医疗保险制度。全面落实待遇。（牵头部门：医保局；配合部门：财政局、各乡镇(场)；完成时限：2022年）', '贺兰县');
    expect(t).toMatchObject({ number: '1', deadline: '2022年', lines: [1] });
    expect(names(t!.leads)).toEqual(['贺兰县医疗保障局']);
    expect(names(t!.cooperating)).toEqual(['贺兰县财政局', '各乡镇（场）']);
  });

  it('makes one task per bracket, with mismatched bracket kinds across a line break', () => {
    const tasks = parse(
      ['（七）加强监管。严格执行检验制度（责任单位：市商务局）；开展抽检〔责任单位：市市场监督管理局，各县（市）', '区人民政府]。'].join('\n'),
    );
    expect(tasks).toHaveLength(2);
    expect(tasks[0]!.text).toContain('严格执行检验制度');
    expect(tasks[1]!.text).toContain('开展抽检');
    expect(tasks[1]!.lines).toEqual([1, 2]);
    expect(names(tasks[1]!.responsible)).toEqual(['银川市市场监督管理局', '各县（市）区人民政府']);
  });

  it('reads units that 按职能分工负责 as responsible', () => {
    const [t] = parse('18. 提升服务能力。（卫健局、人社局按职能分工负责；完成时限：2025年）', '贺兰县');
    expect(names(t!.responsible)).toEqual(['贺兰县卫生健康局', '贺兰县人力资源和社会保障局']);
    expect(t!.leads).toEqual([]);
  });

  it('reads `X牵头，Y、Z等按职责分工负责`: 等 closes the responsible list', () => {
    const [t] = parse('一、加大助企纾困力度。给予贷款贴息支持。（市财政局牵头，市工业和信息化局、市商务局等按职责分工负责）', '赣州市');
    expect(names(t!.leads)).toEqual(['赣州市财政局']);
    expect(names(t!.responsible)).toEqual(['赣州市工业和信息化局', '赣州市商务局']);
  });

  it('reads 牵头市领导： as leaders, and the verbs inside a label (责任单位：X牵头，Y配合)', () => {
    const tasks = parse(
      ['二、强化要素保障。统筹用地指标。', '责任单位：市自然资源规划局（牵头），各区县（市）人民政府', '牵头市领导：王海', '三、优化审批服务。', '责任单位：市行政审批服务局牵头，市直相关部门配合'].join('\n'),
      '常德市',
    );
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({ leaders: [{ name: '王海' }] });
    expect(names(tasks[0]!.leads)).toEqual(['常德市自然资源规划局']);
    expect(names(tasks[1]!.leads)).toEqual(['常德市行政审批服务局']);
    expect(names(tasks[1]!.cooperating)).toEqual(['市直相关部门']);
    expect(tasks[1]!.responsible).toEqual([]);
  });

  it('spreads a lead in brackets after a heading over the items under it; the heading is not a task', () => {
    const tasks = parse(
      ['一、提升城市环境（牵头单位：市住建局）', '1.开展背街小巷整治。（责任单位：各区政府）', '2.推进垃圾分类。', '二、加强宣传。（责任单位：市委宣传部）'].join('\n'),
      '汉中市',
    );
    expect(tasks.map((t) => [t.number, names(t.leads), names(t.responsible)])).toEqual([
      ['1', ['汉中市住房和城乡建设局'], ['各区政府']],
      ['2', ['汉中市住房和城乡建设局'], []],
      ['二', [], ['中共汉中市委宣传部']],
    ]);
    // A heading whose bracket has no items under it stays a task.
    expect(parse('一、提升城市环境（牵头单位：市住建局）\n二、加强宣传。', '汉中市').map((t) => t.number)).toEqual(['一']);
  });

  it('reads kinds of body among `X牵头，Y配合` lists', () => {
    const [t] = parse('1．强化组织领导。各镇（街道）要高度重视。（区委办、区府办牵头，各镇街配合）', '佛山市南海区');
    expect(names(t!.leads)).toEqual(['中共佛山市南海区委办公室', '佛山市南海区人民政府办公室']);
    expect(names(t!.cooperating)).toEqual(['各镇街']);
  });

  it('reads `X牵头，Y配合` inside a bracket', () => {
    const [t] = parse('3. 推进改革。（市发改委牵头，市财政局、各县区配合）', '银川市', '市发展和改革委员会');
    expect(names(t!.leads)).toEqual(['银川市发展和改革委员会']);
    expect(names(t!.cooperating)).toEqual(['银川市财政局', '各县区']);
  });

  it('ignores ordinary parentheses', () => {
    expect(parse('1. 开展活动（含线上活动）。（2022年）')).toEqual([]);
  });
});

describe('tasks: tables flattened to TAB rows', () => {
  it('reads the role column, skips repeated headers, and takes a shifted unit cell', () => {
    const tasks = parse(
      [
        '主要任务\t重点内容\t牵头单位',
        '(一) 基础设施\t1. 完成系统迁移。加快上云。\t县委网信办（城运中心）',
        '\t2. 推进外网建设。\t县发改局',
        '主要任务\t重点内容\t牵头单位',
        '27. 建立智慧监管平台。\t县市场监管局\t',
      ].join('\n'),
      '贺兰县',
    );
    expect(tasks.map((t) => t.number)).toEqual(['1', '2', '27']);
    expect(tasks[0]!.leads.map((r) => [r.name, r.parent])).toEqual([
      ['中共贺兰县委网络安全和信息化委员会办公室', undefined],
      ['贺兰县城运中心', '中共贺兰县委网络安全和信息化委员会办公室'],
    ]);
    expect(names(tasks[2]!.leads)).toEqual(['贺兰县市场监督管理局']);
  });

  it('finds the unit list at the end of the content cell when the TAB before it was lost', () => {
    const tasks = parse(['主要任务\t重点内容\t牵头单位', '2. 推进外网建设。打造一网双平面。县发改局、县委网信办'].join('\n'), '贺兰县');
    expect(tasks.map((t) => names(t.leads))).toEqual([['贺兰县发展和改革局', '中共贺兰县委网络安全和信息化委员会办公室']]);
  });
});

describe('tasks: label and column synonyms', () => {
  it('reads 参与单位, 完成时间 and a table with 责任领导 and 完成时限 columns', () => {
    const [a] = parse(['1. 建设平台。', '责任单位：市数据局', '参与单位：市财政局', '完成时间：2024年底'].join('\n'));
    expect(names(a!.cooperating)).toEqual(['银川市财政局']);
    expect(a!.deadline).toBe('2024年底');
    const [b] = parse(['序号\t工作任务\t责任领导\t责任单位\t完成时限', '1\t2. 建成数据中心。\t李四\t市数据局\t2025年'].join('\n'));
    expect(b).toMatchObject({ leaders: [{ name: '李四' }], deadline: '2025年' });
    expect(names(b!.responsible)).toEqual(['银川市数据局']);
  });

  it('goes on past the rest of a text cell printed on a line of its own', () => {
    const tasks = parse(
      [
        '序号\t工作任务\t牵头单位\t责任单位',
        '1\t推进新型工业化，规上工业增加值增长10%以上\t市经信局\t市统计局',
        '，新增规上工业企业200户',
        '2\t深化农村改革\t市农业农村局\t市财政局',
        '二、保障措施',
        '3\t不是表格里的任务\t市财政局\t市统计局',
      ].join('\n'),
    );
    expect(tasks.map((t) => [t.number, names(t.leads), t.lines])).toEqual([
      ['1', ['银川市经信局'], [2, 3]],
      ['2', ['银川市农业农村局'], [4]],
    ]);
    expect(tasks[0]!.text).toContain('新增规上工业企业200户');
  });
});

describe('tasks: labels run on or broken off', () => {
  it('reads labels at a paragraph end without a bracket', () => {
    const [t] = parse('2. 完善机制。建立台账。牵头单位：市民政局 配合单位：市财政局；完成时限：2023年6月');
    expect(t).toMatchObject({ number: '2', deadline: '2023年6月' });
    expect(names(t!.leads)).toEqual(['银川市民政局']);
    expect(names(t!.cooperating)).toEqual(['银川市财政局']);
  });

  it('reads several labels on one line, 【】 labels, letter-spaced labels and a role bracket on its own line', () => {
    const tasks = parse(
      [
        '1. 建设平台。',
        '牵头单位：市数据局；配合单位：市财政局',
        '2. 完善制度。',
        '【责任单位】市司法局',
        '3. 加强培训。',
        '牵 头 单 位：市人力资源和社会保障局',
        '4. 开展评估。',
        '（责任单位：市审计局、市统计局）',
      ].join('\n'),
    );
    expect(tasks.map((t) => [t.number, names(t.leads), names(t.responsible), names(t.cooperating)])).toEqual([
      ['1', ['银川市数据局'], [], ['银川市财政局']],
      ['2', [], ['银川市司法局'], []],
      ['3', ['银川市人力资源和社会保障局'], [], []],
      ['4', [], ['银川市审计局', '银川市统计局'], []],
    ]);
  });

  it('reads a label whose value is printed on the next line', () => {
    const [t] = parse(['1. 建设平台。', '责任单位：', '市数据局、市财政局'].join('\n'));
    expect(names(t!.responsible)).toEqual(['银川市数据局', '银川市财政局']);
  });

  it('reads a unit marked （牵头） inside a list as the lead', () => {
    const [t] = parse(['1. 建设平台。', '责任单位：市发改委（牵头）、市财政局'].join('\n'), '银川市', '市发展和改革委员会');
    expect(names(t!.leads)).toEqual(['银川市发展和改革委员会']);
    expect(names(t!.responsible)).toEqual(['银川市财政局']);
  });

  it('reads a unit marked （牵头） in labels run on after the task sentence', () => {
    const [t, u] = parse(['1. 推行信用监管。责任单位：市市场监管局（牵头），市司法局', '2. 推行包容审慎监管。（责任单位：市司法局）'].join('\n'));
    expect([t!.number, names(t!.leads), names(t!.responsible)]).toEqual(['1', ['银川市市场监督管理局'], ['银川市司法局']]);
    expect(t!.text).toBe('1. 推行信用监管。责任单位：市市场监管局（牵头），市司法局');
    expect([u!.number, names(u!.responsible)]).toEqual(['2', ['银川市司法局']]);
  });
});

describe('tasks: printed twice', () => {
  it('makes one task of a task printed in the body and again in an attachment table', () => {
    const body = ['1. 完成政务信息系统向云平台迁移。依托政务云加快迁移。（牵头单位：县委网信办）'];
    const filler = Array.from({ length: 12 }, (_, i) => `说明第${i}段。`);
    const table = ['主要任务\t重点内容\t牵头单位', '(一) 基础设施\t1. 完成政务信息系统向云平台迁移。依托政务云加快迁移。\t县发改局'];
    const tasks = parse([...body, ...filler, ...table].join('\n'), '贺兰县');
    expect(tasks).toHaveLength(1);
    expect(names(tasks[0]!.leads)).toEqual(['中共贺兰县委网络安全和信息化委员会办公室', '贺兰县发展和改革局']);
  });
});

describe('tasks: prose', () => {
  it('takes no duty quoted as the new wording of an article, but a unit with a quoted name is still a subject', () => {
    const tasks = parse(['一、将第五条修改为：“市城市管理和综合执法局负责全市城市绿化管理工作。”', '二、“一网通办”工作专班办公室负责统筹推进。'].join('\n'));
    expect(tasks.map((t) => [t.number, names(t.responsible)])).toEqual([['二', ['银川市“一网通办”工作专班办公室']]]);
  });

  it('finds 由X牵头 and X负责 clauses, one per subject', () => {
    const tasks = parse(
      '（一）组织实施。由财政局牵头，制定实施方案。财政局负责基金的筹集，农业农村局、乡村振兴服务中心负责用途指导。',
      '贺兰县',
    );
    expect(tasks.map((t) => [names(t.leads), names(t.responsible)])).toEqual([
      [['贺兰县财政局'], []],
      [[], ['贺兰县财政局']],
      [[], ['贺兰县农业农村局', '贺兰县乡村振兴服务中心']],
    ]);
    expect(tasks[0]!.text).toContain('组织实施');
    expect(tasks[0]!.text).toContain('制定实施方案');
    expect(tasks.map((t) => t.number)).toEqual(['（一）', null, null]);
  });

  it('adds kinds of body given the same work in the sentence, and reads X商Y负责 as X', () => {
    const [a, b] = parse(
      ['（一）加强保障。由市林业和草原局负责指导和协调工作，各县（市）区负责宣传引导。', '日常联系由市政府办公室商市委统战部负责落实。'].join('\n'),
    );
    expect(names(a!.responsible)).toEqual(['银川市林业和草原局', '各县（市）区']);
    expect(names(b!.responsible)).toEqual(['银川市人民政府办公室']);
    const [c] = parse('2. 起草基本思路。市发展和改革委员会会同规划编制机构牵头起草基本思路。');
    expect(names(c!.leads)).toEqual(['银川市发展和改革委员会']);
  });

  it('gives a closing `X牵头，Y配合。` sentence the item it ends', () => {
    const [t] = parse('5. 推进数据共享。建设共享平台，打通部门壁垒。市数据局牵头，市财政局配合。');
    expect(t).toMatchObject({ number: '5', lines: [1] });
    expect(t!.text).toContain('推进数据共享');
    expect(names(t!.leads)).toEqual(['银川市数据局']);
    expect(names(t!.cooperating)).toEqual(['银川市财政局']);
  });

  it('reads `X牵头，Y配合` in a sentence', () => {
    const [t] = parse('（二）推进改革。由市民政局牵头，市财政局、市人力资源和社会保障局配合，制定办法。');
    expect(names(t!.leads)).toEqual(['银川市民政局']);
    expect(names(t!.cooperating)).toEqual(['银川市财政局', '银川市人力资源和社会保障局']);
  });

  it('leaves out interpretation clauses, generic bodies, 会同 alone and regulation articles', () => {
    const text = [
      '本政策由县人民政府办公室负责解释。',
      '各有关部门负责做好配合工作。',
      '生态环境部门负责监督。',
      '市财政局会同市审计局开展检查。',
      '各单位主要负责同志要亲自抓。',
      '第六条 市网络信息化局负责统筹项目。',
      '市审计局负责审计。',
    ].join('\n');
    expect(parse(text)).toEqual([]);
  });
});

describe('tasks: robustness', () => {
  it('never throws on mutated input', () => {
    const base = '（一）行动。\n牵头单位：市教育局\n1. 任务（责任单位：市财政局；完成时限：2022年）\n主要任务\t牵头单位\n1. 事\t县发改局';
    const noise = ['（', '）', '〔', ']', '\t', '\n', '：', '、', '牵头单位：', '负责', '由', '第一条', ' and ', '**'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let k = 0; k < 300; k++) {
      let s = base;
      for (let m = 0; m < 6; m++) {
        const at = rand(s.length + 1);
        s = rand(2) ? s.slice(0, at) + noise[rand(noise.length)] + s.slice(at) : s.slice(0, at) + s.slice(at + rand(4));
      }
      expect(() => parse(s)).not.toThrow();
    }
  });
});
