import { programmesParser } from '../../../src/extract/parse/programmes';
import { context, hostileBodies, linesWithin, segment } from './genre-fixtures';

const run = (title: string, body: string[], j = '某市') =>
  (programmesParser.parse(segment(title, body, j), context()).programmes ?? []).map((p) => [p.name, p.kind, p.year, p.lines]);

describe('programmes', () => {
  it('reads the items of a counted set (三大工程), not their sub-measures', () => {
    const got = run('关于印发某市全民阅读实施方案（2023—2025年）的通知', [
      '一、实施三大工程',
      '',
      '（一）书香校园建设工程。推进校园阅读。',
      '',
      '1. 实施“悦读”行动。开展共读。',
      '',
      '2. 建设班级图书角。',
      '',
      '（二）社区阅读空间提升工程。新建阅读空间。',
      '',
      '（三）数字阅读推广工程。',
      '',
      '二、保障措施',
      '',
      '（一）加强组织领导。',
    ]);
    expect(got).toEqual([
      ['书香校园建设工程', '三大工程', null, [12]],
      ['社区阅读空间提升工程', '三大工程', null, [18]],
      ['数字阅读推广工程', '三大工程', null, [20]],
    ]);
  });

  it('reads a run of numbered named actions across subsections, with the lead unit each item names', () => {
    const got = programmesParser.parse(
      segment('某市健康城市行动方案', [
        '二、主要任务',
        '',
        '（一）干预健康影响因素。',
        '',
        '1. 实施健康知识普及行动。普及知识。',
        '',
        '牵头单位：市卫生健康委员会',
        '',
        '2. 实施合理膳食行动。',
        '',
        '（二）维护全生命周期健康。',
        '',
        '3. 实施妇幼健康促进行动。',
        '',
        '4. 推进健康细胞建设。',
        '',
        '5. 实施控烟行动。',
        '',
        '6. 实施全民健身行动。',
      ], '某市'),
      context(),
    ).programmes ?? [];
    expect(got.map((p) => p.name)).toEqual(['实施健康知识普及行动', '实施合理膳食行动', '实施妇幼健康促进行动', '实施控烟行动', '实施全民健身行动']);
    expect(got[0]?.leads.map((o) => o.name)).toEqual(['某市卫生健康委员会']);
    expect(got[1]?.leads).toEqual([]);
  });

  it('reads livelihood projects under their categories, with the plan year and wrapped headings', () => {
    const got = run('关于做好2025年民生实事工作的通知', [
      '一、2025年民生实事内容',
      '',
      '（一）出行便利实事',
      '',
      '1. 打通断头路 5 条',
      '',
      '实施内容：打通某路。',
      '',
      '2. 新建停车位',
      '3000 个',
      '',
      '（二）教育惠民实事',
      '',
      '3. 新建幼儿园 4 所',
      '',
      '二、工作要求',
    ]);
    expect(got).toEqual([
      ['打通断头路5条', '民生实事', 2025, [14]],
      ['新建停车位3000个', '民生实事', 2025, [18, 19]],
      ['新建幼儿园4所', '民生实事', 2025, [23]],
    ]);
  });

  it('reads livelihood projects listed inline in a work report', () => {
    const got = run('政府工作报告', ['2024年，我们将集中办好十件民生实事：一是实施老旧小区改造提升工程，惠及居民1万户；二是新建公办幼儿园3所；三是改造农贸市场5个。']);
    expect(got.map((g) => [g[0], g[1]])).toEqual([
      ['实施老旧小区改造提升工程', '十件民生实事'],
      ['新建公办幼儿园3所', '十件民生实事'],
      ['改造农贸市场5个', '十件民生实事'],
    ]);
  });

  it('reads numbered items after a paragraph that introduces a counted set', () => {
    const got = run('关于某市2025年重点工作的通知', [
      '今年重点实施以下三大行动：',
      '',
      '1. 城市更新行动。改造老旧小区。',
      '',
      '（1）改造供热管网。',
      '',
      '2. 乡村振兴示范行动。',
      '',
      '3. 营商环境优化行动。',
      '',
      '4. 加强组织保障。',
    ]);
    expect(got.map((g) => [g[0], g[1], g[2]])).toEqual([
      ['城市更新行动', '三大行动', 2025],
      ['乡村振兴示范行动', '三大行动', 2025],
      ['营商环境优化行动', '三大行动', 2025],
    ]);
  });

  it('reads numbered items under a title line that names a counted set (2023年市政府十件民生实事)', () => {
    const got = run('关于印发2023年市政府十件民生实事的通知', [
      '2023年市政府十件民生实事',
      '',
      '一、新建改扩建公办幼儿园10所，新增学位3000个。牵头单位：市教育局。',
      '',
      '二、完成城镇老旧小区改造200个。',
      '',
      '三、为全市60周岁以上老年人免费提供健康体检。',
    ]);
    expect(got.map((g) => [g[0], g[2]])).toEqual([
      ['新建改扩建公办幼儿园10所，新增学位3000个', 2023],
      ['完成城镇老旧小区改造200个', 2023],
      ['为全市60周岁以上老年人免费提供健康体检', 2023],
    ]);
    // A sentence that mentions a counted set is not a title line.
    expect(run('关于某事的通知', ['全年办好了十件民生实事，群众满意', '', '一、加强领导。', '', '二、强化保障。'])).toEqual([]);
  });

  it('reads items under an uncounted title line (2024年市级重点民生实事项目), each heading ended where its line ends', () => {
    const got = run('关于印发2024年市级重点民生实事项目的通知', [
      '经市人民代表大会票决，现将2024年市级重点民生实事项目印发给你们，请认真组织实施。',
      '',
      '2024年市级重点民生实事项目',
      '',
      '一、城区义务教育学位扩容项目',
      '',
      '新建、改扩建中小学校8所，新增学位1.2万个。',
      '',
      '二、老旧小区改造项目',
      '',
      '改造城镇老旧小区120个，惠及居民3.5万户。',
    ]);
    expect(got).toEqual([
      ['城区义务教育学位扩容项目', '民生实事', 2024, [14]],
      ['老旧小区改造项目', '民生实事', 2024, [18]],
    ]);
    // The same kind of line in a report on such projects is not a set of them.
    expect(run('关于2024年民生实事项目完成情况的通报', ['2024年民生实事项目完成情况', '', '一、总体进展', '', '二、存在问题'])).toEqual([]);
  });

  it('finds nothing in an ordinary list of measures', () => {
    expect(run('关于某事的通知', ['（一）加强领导。', '', '（二）实施提升行动。', '', '（三）强化保障。', '', '（四）严格考核。'])).toEqual([]);
  });
});

describe('programmes: what is not a livelihood set', () => {
  it('does not take the measures of a 办实事 campaign for projects', () => {
    const got = run('关于开展我为群众办实事活动的通知', [
      '一、扎实开展为群众办实事',
      '',
      '（一）建立工作台账。',
      '',
      '（二）开展走访活动。',
    ]);
    expect(got).toEqual([]);
  });
});

describe('programmes: layout breaks', () => {
  it('joins a heading the layout broke before its full stop', () => {
    const got = run('某市法治建设实施方案', [
      '四、重点任务',
      '',
      '（一）实施立法引领行动。做好起草。',
      '',
      '（二）实施管理体系标准化建设筑基',
      '',
      '行动。认真抓好标准宣传。',
      '',
      '（三）实施普法宣传扩面行动。',
    ]);
    expect(got.map((g) => [g[0], g[3]])).toEqual([
      ['实施立法引领行动', [12]],
      ['实施管理体系标准化建设筑基行动', [14, 16]],
      ['实施普法宣传扩面行动', [18]],
    ]);
  });

  it('takes livelihood items before the first category when their heading went to the previous page', () => {
    const got = run('关于做好2024年民生实事工作的通知', [
      '11. 监管重点河道水环境安全',
      '',
      '实施内容：增设警示牌。',
      '',
      '（三）休闲健身“悦心”实事',
      '',
      '12. 新建社区运动健康中心',
    ]);
    expect(got.map((g) => g[0])).toEqual(['监管重点河道水环境安全', '新建社区运动健康中心']);
  });
});

describe('programmes on hostile input', () => {
  it('never throws and reports only lines of the input, on mutated text and one very long line', () => {
    const body = ['一、实施三大工程', '', '（一）书香校园建设工程。推进。', '', '1. 打通断头路 5 条', '', '二、2024年民生实事', '', '（一）出行便利实事', '', '1. 新建停车位', '3000 个', '', '办好十件民生实事：一是改造老旧小区，二是新建幼儿园。'];
    for (const variant of hostileBodies(body)) {
      const got = programmesParser.parse(segment('关于做好2024年民生实事工作的通知', variant, '某市'), context()).programmes ?? [];
      expect(Array.isArray(got)).toBe(true);
      expect(linesWithin(got, variant.length)).toBe(true);
    }
  });
});

describe('programmes: a counted set in a work report', () => {
  it('takes as many items as the count says (十二件), not the paragraphs after', () => {
    const items = Array.from({ length: 13 }, (_, i) => [`${i + 1}. 民生项目第${i + 1}项建设`, '']).flat();
    const got = run('关于2023年政府工作报告', ['2023年将办好以下十二件民生实事：', '', ...items]);
    expect(got.length).toBe(12);
    expect(got[11]?.[0]).toBe('民生项目第12项建设');
    expect(got[0]?.[2]).toBe(2023);
  });
});

describe('programmes: a table of livelihood projects', () => {
  it('reads the name column of each numbered row and its lead unit', () => {
    const doc = segment('关于印发某区2023年民生实事项目的通知', [
      '序号\t项目名称\t建设内容\t牵头单位',
      '1\t老旧小区改造提升工程\t改造小区20个\t区住房和城乡建设局',
      '2\t新建社区食堂\t新建10个\t区民政局',
      '合计\t\t\t',
    ], '某区');
    const got = programmesParser.parse(doc, context()).programmes ?? [];
    expect(got.map((p) => [p.name, p.year, p.leads.map((o) => o.name), p.lines])).toEqual([
      ['老旧小区改造提升工程', 2023, ['某区住房和城乡建设局'], [11]],
      ['新建社区食堂', 2023, ['某区民政局'], [12]],
    ]);
  });
});
