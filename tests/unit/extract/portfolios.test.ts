import { portfoliosParser } from '../../../src/extract/parse/portfolios';
import type { Portfolio } from '../../../src/extract/types';
import { context, hostileBodies, linesWithin, segment } from './genre-fixtures';

const show = (p: Portfolio) => {
  const t = p.target as { area?: string; person?: string; name?: string };
  return `${p.person.name} ${p.relation} ${t.area ?? t.person ?? t.name}`;
};
const run = (title: string, body: string[], j = '某县') =>
  (portfoliosParser.parse(segment(title, body, j), context()).portfolios ?? []).map(show);

describe('portfolios', () => {
  it('reads presides, supervises (units and an area), liaises and responsible_for areas', () => {
    const got = run('某县人民政府关于调整县政府领导分工的通知', [
      '王 强同志 主持县人民政府全面工作。主管审计工作。',
      '',
      '分管县审计局、统计局。',
      '',
      '联系县人大常委会。',
      '',
      '李明同志 协助县长负责财税、金融等工作。',
    ]);
    expect(got).toEqual([
      '王强 presides 某县人民政府',
      '王强 supervises 审计',
      '王强 supervises 某县审计局',
      '王强 supervises 某县统计局',
      '王强 liaises 某县人大常委会',
      '李明 responsible_for 财税',
      '李明 responsible_for 金融',
    ]);
  });

  it('reads several verbs on one line and a leader named with a colon', () => {
    const got = run('市政府领导工作分工', ['副市长赵敏：负责教育、卫生健康方面工作，分管市教育局、市卫生健康委员会，联系市红十字会。'], '某市');
    expect(got).toEqual([
      '赵敏 responsible_for 教育',
      '赵敏 responsible_for 卫生健康',
      '赵敏 supervises 某市教育局',
      '赵敏 supervises 某市卫生健康委员会',
      '赵敏 liaises 某市红十字会',
    ]);
  });

  it('gives AB-post backups in both directions', () => {
    const got = run('关于领导分工的通知', ['实行AB岗工作制，张华、刘洋同志互为AB岗，陈静与马超同志互为A、B角。']);
    expect(got).toEqual([
      '张华 backup 刘洋',
      '刘洋 backup 张华',
      '陈静 backup 马超',
      '马超 backup 陈静',
    ]);
  });

  it('reports the lines of a list wrapped over two lines, and ignores documents that are not divisions of labour', () => {
    const doc = segment('县政府领导分工', ['王强同志 分管县农业农村局、乡村振', '兴局。'], '某县');
    const got = portfoliosParser.parse(doc, context()).portfolios ?? [];
    expect(got.map((p) => p.lines)).toEqual([[10, 11], [10, 11]]);
    expect(run('关于印发某方案的通知', ['王强同志 分管县农业农村局。'])).toEqual([]);
  });
});

describe('portfolios: a leader named on a line of its own', () => {
  it('does not take 协助市长负责… for a leader named 协助', () => {
    const got = run('某市人民政府关于调整市政府领导同志工作分工的通知', [
      '副市长 马丽',
      '',
      '协助市长负责教育、科技方面工作。',
      '',
      '分管市教育局。',
    ], '某市');
    expect(got).toEqual(['马丽 responsible_for 教育', '马丽 responsible_for 科技', '马丽 supervises 某市教育局']);
  });

  it('reads blocks headed by 市长 张三 or 李四 副市长, with labels after the verbs', () => {
    const got = run('某市人民政府关于市政府领导工作分工的通知', [
      '市长 张三',
      '',
      '领导市人民政府全面工作。',
      '',
      '常务副市长：李四',
      '',
      '负责发展改革、财政方面的工作。',
      '',
      '分管部门：市发展和改革委员会、市财政局。',
    ], '某市');
    expect(got).toEqual([
      '张三 presides 某市人民政府',
      '李四 responsible_for 发展改革',
      '李四 responsible_for 财政',
      '李四 supervises 某市发展和改革委员会',
      '李四 supervises 某市财政局',
    ]);
  });
});

describe('portfolios on hostile input', () => {
  it('never throws and reports only lines of the input, on mutated text and one very long line', () => {
    const body = ['王强同志 主持县人民政府全面工作。主管审计工作。', '', '分管县审计局、统计局（数据中心）。', '', '联系县人大常委会。', '', '王强、李明同志互为AB岗。'];
    for (const variant of hostileBodies(body)) {
      const got = portfoliosParser.parse(segment('县政府领导分工', variant, '某市'), context()).portfolios ?? [];
      expect(Array.isArray(got)).toBe(true);
      expect(linesWithin(got, variant.length)).toBe(true);
    }
  });
});

describe('portfolios: presiding without naming the organ', () => {
  it('takes the issuing government for 主持全面工作', () => {
    const doc = segment('区政府领导工作分工', ['张华同志 主持全面工作。'], '某区');
    doc.meta.issuers = [{ name: '某区人民政府', mention: '某区人民政府' }];
    expect((portfoliosParser.parse(doc, context()).portfolios ?? []).map(show)).toEqual(['张华 presides 某区人民政府']);
  });
});

describe('portfolios: a provincial layout', () => {
  it('reads 职务 + 姓名： heads and 领导…全面工作', () => {
    const got = run('省人民政府关于省政府领导同志工作分工的通知', [
      '省长王为民：领导省人民政府全面工作。',
      '',
      '常务副省长李向东（省政府党组副书记）：负责省政府常务工作，分管省财政厅。',
    ], '某省');
    expect(got).toEqual(['王为民 presides 某省人民政府', '李向东 responsible_for 省政府常务', '李向东 supervises 某省财政厅']);
  });
});

describe('portfolios: name before the post', () => {
  it('reads 李四 常务副市长： as the head of the lines below', () => {
    expect(run('市政府领导工作分工', ['李四 常务副市长：', '', '分管市财政局。'], '某市')).toEqual(['李四 supervises 某市财政局']);
  });

  it('reads 张三同志 市委常委、常务副市长 (several posts after the name) as a new leader', () => {
    const got = run('市政府领导工作分工', ['王东同志 市长', '分管市审计局。', '', '刘建华同志 市委常委、常务副市长', '分管市财政局。', '', '陈静同志 市政府党组成员、副市长', '分管市教育局。'], '某市');
    expect(got).toEqual(['王东 supervises 某市审计局', '刘建华 supervises 某市财政局', '陈静 supervises 某市教育局']);
  });
});

describe('portfolios: tables', () => {
  it('reads a division table by its 姓名 and verb columns, a cell with a verb of its own keeping it', () => {
    const got = run('市政府领导工作分工', [
      '姓名\t职务\t负责工作\t分管部门\t联系单位',
      '张军\t市长\t主持市政府全面工作\t市审计局\t',
      '王丽\t常务副市长\t发展改革、财政工作\t市财政局\t市税务局',
    ], '某市');
    expect(got).toEqual([
      '张军 presides 某市政府',
      '张军 supervises 某市审计局',
      '王丽 responsible_for 发展改革',
      '王丽 responsible_for 财政',
      '王丽 supervises 某市财政局',
      '王丽 liaises 某市税务局',
    ]);
  });
});

describe('portfolios: warnings', () => {
  it('warns about a portfolio line with no leader named above it, at its line', () => {
    const warnings: Array<{ line: number | null; rule: string }> = [];
    const ctx = { ...context(), warn: (w: { line: number | null; rule: string }) => warnings.push(w) };
    portfoliosParser.parse(segment('领导分工', ['分管县财政局。'], '某县'), ctx);
    expect(warnings.map((w) => [w.line, w.rule])).toEqual([[10, 'portfolios.person']]);
  });
});
