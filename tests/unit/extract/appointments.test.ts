import { appointmentsParser } from '../../../src/extract/parse/appointments';
import { context, hostileBodies, linesWithin, segment } from './genre-fixtures';

const run = (title: string, body: string[], jurisdiction = '银川市') =>
  (appointmentsParser.parse(segment(title, body, jurisdiction), context()).appointments ?? []).map((a) => [
    a.person.name,
    a.action,
    a.organization?.name ?? null,
    a.post,
    a.lines,
  ]);

describe('appointments', () => {
  it('reads appointment and removal in one statement, and a removal that names the person first', () => {
    const got = run('石嘴山市人民政府关于王建国等同志职务任免的通知', [
      '经市人民政府研究决定：',
      '',
      '王建国任石嘴山市财政局副局长，免去其石嘴山市审计局副局长职务；',
      '',
      '免去李红石嘴山市文化馆馆长职务。',
    ], '石嘴山市');
    expect(got).toEqual([
      ['王建国', 'appoint', '石嘴山市财政局', '副局长', [12]],
      ['王建国', 'remove', '石嘴山市审计局', '副局长', [12]],
      ['李红', 'remove', '石嘴山市文化馆', '馆长', [14]],
    ]);
  });

  it('reads 任命X兼任Y (a concurrent post after the verb and the name) and 聘任/解聘', () => {
    const got = run('大同市人民政府关于李明等同志职务任免的通知', [
      '经市人民政府研究，决定：',
      '',
      '任命周强兼任大同市应急管理局副局长；',
      '',
      '聘任李明为大同市农业科学研究院院长；',
      '',
      '解聘吴芳的大同市规划设计研究院副院长职务。',
    ], '大同市');
    expect(got.map((g) => g.slice(0, 4))).toEqual([
      ['周强', 'appoint', '大同市应急管理局', '副局长'],
      ['李明', 'appoint', '大同市农业科学研究院', '院长'],
      ['吴芳', 'remove', '大同市规划设计研究院', '副院长'],
    ]);
  });

  it('gives one record per post and per person, and drops （兼）, （聘任） and 挂职', () => {
    const got = run('关于任免干部的通知', [
      '任命欧阳明为市教育局局长、党组书记；',
      '',
      '张三、李四任市人民医院副院长（聘任）；',
      '',
      '赵六挂职任市商务局副局长（挂职一年）；',
      '',
      '孙七同志不再担任市水务局局长职务。',
    ]);
    expect(got).toEqual([
      ['欧阳明', 'appoint', '银川市教育局', '局长', [10]],
      ['欧阳明', 'appoint', '银川市教育局', '党组书记', [10]],
      ['张三', 'appoint', '银川市人民医院', '副院长', [12]],
      ['李四', 'appoint', '银川市人民医院', '副院长', [12]],
      ['赵六', 'appoint', '银川市商务局', '副局长', [14]],
      ['孙七', 'remove', '银川市水务局', '局长', [16]],
    ]);
  });

  it('reads 聘任为 and 解聘, and treats a retirement note as no action', () => {
    const got = run('关于程某等同志职务任免的通知', [
      '吴芳聘任为银川市第一人民医院院长 ；',
      '',
      '解聘郑强银川市第一人民医院院长职务，退休。',
    ]);
    expect(got).toEqual([
      ['吴芳', 'appoint', '银川市第一人民医院', '院长', [10]],
      ['郑强', 'remove', '银川市第一人民医院', '院长', [12]],
    ]);
  });

  it('reads a pre-appointment announcement: post with unit, a rank without one, and no post at all', () => {
    const got = run('中共某县委员会干部任前公示公告', [
      '周平，男，汉族，1980年5月出生，大学学历，中共党员。现任某县交通运输局副局长，拟任某县交通运输局局长。',
      '',
      '何静，女，回族，1986年1月出生，研究生学历。现任某县某镇副镇长，拟任某县乡镇正科级领导职务。',
      '',
      '马力，男，汉族，1979年3月出生。现任某县某镇党委委员，拟进一步使用。',
    ], '某县');
    expect(got).toEqual([
      ['周平', 'nominate', '某县交通运输局', '局长', [10]],
      ['何静', 'nominate', null, '某县乡镇正科级领导职务', [12]],
      ['马力', 'nominate', null, '', [14]],
    ]);
  });

  it('reads lists under 决定任命： and 免去： headings (a note after 职务 too), and 兼任', () => {
    const got = run('关于任免工作人员的通知', [
      '市人民政府决定任命：',
      '',
      '黄海同志为市民政局副局长；',
      '',
      '免去：',
      '',
      '林涛的市民政局调研员职务；',
      '',
      '刘芳的市财政局副局长职务（退休）。',
      '',
      '陈刚兼任市应急管理局局长。',
    ]);
    expect(got).toEqual([
      ['黄海', 'appoint', '银川市民政局', '副局长', [12]],
      ['林涛', 'remove', '银川市民政局', '调研员', [16]],
      ['刘芳', 'remove', '银川市财政局', '副局长', [18]],
      ['陈刚', 'appoint', '银川市应急管理局', '局长', [20]],
    ]);
  });

  it('reads names that hold characters of the words around them (志, 任, 和)', () => {
    const got = run('关于任免的通知', ['任志强任市财政局局长；', '', '免去赵志刚同志的市第一中学校长（聘任）职务；', '', '免去李和平市审计局副局长职务。']);
    expect(got.map((g) => [g[0], g[1], g[3]])).toEqual([
      ['任志强', 'appoint', '局长'],
      ['赵志刚', 'remove', '校长'],
      ['李和平', 'remove', '副局长'],
    ]);
  });

  it('gives a nominee the posts held now, and an appointee the post acted on', () => {
    const doc = segment('干部任前公示公告', ['周平，男，1980年5月出生。现任某县交通运输局副局长、党组成员，拟任某县交通运输局局长。'], '某县');
    const [nominee] = appointmentsParser.parse(doc, context()).appointments ?? [];
    expect(nominee?.person).toEqual({ name: '周平', posts: ['某县交通运输局副局长', '党组成员'] });
    const [appointee] = appointmentsParser.parse(segment('关于任职的通知', ['吴芳任某县统计局局长。'], '某县'), context()).appointments ?? [];
    expect(appointee?.person).toEqual({ name: '吴芳', posts: ['某县统计局局长'] });
  });

  it('reads a removal with a note after 职务 and a minority name with a middle dot', () => {
    const got = run('关于任免的通知', ['免去王刚市农业农村局局长职务（另有任用）；', '', '阿依古丽·买买提任市民族宗教事务局副局长。']);
    expect(got.map((g) => [g[0], g[1], g[2], g[3]])).toEqual([
      ['王刚', 'remove', '银川市农业农村局', '局长'],
      ['阿依古丽·买买提', 'appoint', '银川市民族宗教事务局', '副局长'],
    ]);
  });

  it('continues an action over posts separated by commas', () => {
    const got = run('关于任免的通知', ['王五任市财政局局长，市财政局党组书记（试用期一年），免去其市审计局局长，市审计局党组书记职务；', '', '以上人员中，王五同志任职试用期1年。']);
    expect(got.map((g) => [g[1], g[2], g[3]])).toEqual([
      ['appoint', '银川市财政局', '局长'],
      ['appoint', '银川市财政局', '党组书记'],
      ['remove', '银川市审计局', '局长'],
      ['remove', '银川市审计局', '党组书记'],
    ]);
  });

  it('reads a table of nominees by its 姓名 and 拟任职务 columns', () => {
    const got = run('干部任前公示', [
      '序号\t姓名\t性别\t现任职务\t拟任职务',
      '1\t王晓东\t男\t某县发展和改革局副局长\t某县统计局局长',
      '2\t马丽\t女\t某县某镇副镇长\t某县某镇镇长',
    ], '某县');
    expect(got.map((g) => [g[0], g[1], g[2], g[3], g[4]])).toEqual([
      ['王晓东', 'nominate', '某县统计局', '局长', [11]],
      ['马丽', 'nominate', '某县某镇', '镇长', [12]],
    ]);
  });

  it('reads a table cell that repeats the verb before the post (拟任某县统计局局长)', () => {
    const got = run('干部任前公示', [
      '序号\t姓名\t性别\t现任职务\t拟任职务',
      '1\t王晓东\t男\t某县发展和改革局副局长\t拟任某县统计局局长',
    ], '某县');
    expect(got.map((g) => [g[0], g[1], g[2], g[3]])).toEqual([['王晓东', 'nominate', '某县统计局', '局长']]);
  });

  it('keeps lines of a statement wrapped over two lines', () => {
    const got = run('关于刘某任职的通知', ['刘芳任银川市统计局', '副局长。']);
    expect(got).toEqual([['刘芳', 'appoint', '银川市统计局', '副局长', [10, 11]]]);
  });

  it('ignores documents that are not personnel notices and trial-period sentences', () => {
    expect(run('关于印发某方案的通知', ['张三任组长，李四任副组长。'])).toEqual([]);
    expect(run('关于某某等同志任职的通知', ['以上人员中，陈明同志任职试用期1年。'])).toEqual([]);
  });
});

describe('names that run into the post phrase', () => {
  it('splits two- and three-character names before a place name', () => {
    const got = run('关于免去王芳等同志职务的通知', [
      '免去王芳兴庆区教育局局长职务；',
      '',
      '免去张建国银川市西夏区民政局副局长职务；',
      '',
      '免去刘华区财政局副局长职务。',
    ], '银川市西夏区');
    expect(got.map((g) => [g[0], g[2], g[3]])).toEqual([
      ['王芳', '银川市西夏区兴庆区教育局', '局长'],
      ['张建国', '银川市西夏区民政局', '副局长'],
      ['刘华', '银川市西夏区财政局', '副局长'],
    ]);
  });
});

describe('appointments on hostile input', () => {
  it('never throws and reports only lines of the input, on mutated text and one very long line', () => {
    const body = ['王建国任石嘴山市财政局副局长，免去其石嘴山市审计局副局长职务；', '', '免去李红石嘴山市文化馆馆长职务。', '', '周平，男，汉族。现任某局副局长，拟任某局局长。'];
    for (const variant of hostileBodies(body)) {
      const got = appointmentsParser.parse(segment('关于王某等同志职务任免的通知', variant, '某市'), context()).appointments ?? [];
      expect(Array.isArray(got)).toBe(true);
      expect(linesWithin(got, variant.length)).toBe(true);
    }
  });
});
