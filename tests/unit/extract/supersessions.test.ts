import { supersessionsParser } from '../../../src/extract/parse/supersessions';
import { findDocNumbers } from '../../../src/extract/parse/refs/docnumber';
import { context, hostileBodies, linesWithin, segment } from './genre-fixtures';

const run = (title: string, body: string[], j = '某市') =>
  (supersessionsParser.parse(segment(title, body, j), context()).supersedes ?? []).map((s) => [s.relation, s.docNumber, s.title, s.lines]);

describe('supersessions', () => {
  it('reads 同时废止 after the new document takes effect, one record per earlier document, bases left out', () => {
    const got = run('关于印发某市扶持办法的通知', [
      '根据《某省促进条例》（某政发〔2019〕3号），制定本办法。本办法自2024年1月1日起施行。《某市扶持',
      '暂行办法》（某政办发〔2018〕 12 号）和《某市补助细则》（某政办发[2019]7号）同时废止。',
    ]);
    expect(got).toEqual([
      ['replaces', '某政办发〔2018〕12号', '某市扶持暂行办法', [10, 11]],
      ['replaces', '某政办发〔2019〕7号', '某市补助细则', [11]],
    ]);
  });

  it('reads 原…停止执行 and 不再执行 as replaces, and a policy without a document as nothing', () => {
    expect(run('关于某事的通知', ['原《某市停车收费标准》（某价发〔2015〕8号）停止执行。'])).toEqual([
      ['replaces', '某价发〔2015〕8号', '某市停车收费标准', [10]],
    ]);
    expect(run('关于某事的通知', ['取消超常规措施（不再执行原兜底保障政策）。'])).toEqual([]);
  });

  it('reads a repeal decision that lists several documents, in text and in a table, without its legal basis', () => {
    const got = run('某市人民政府关于废止部分规范性文件的决定', [
      '根据《中华人民共和国立法法》《规章制定程序条例》等规定，市人民政府决定废止下列文件：',
      '',
      '1.《某市甲管理办法》（某政发〔2010〕5号）',
      '',
      '序号\t文件名称\t文号',
      '',
      '2\t某市乙实施细则\t某政办发〔2012〕44号',
      '',
      '废止《某市丙规定》（2005年3月1日市人民政府令第9号公布）。',
    ]);
    expect(got).toEqual([
      ['repeals', '某政发〔2010〕5号', '某市甲管理办法', [12]],
      ['repeals', '某政办发〔2012〕44号', '某市乙实施细则', [16]],
      ['repeals', '某市人民政府令第9号', '某市丙规定', [18]],
    ]);
  });

  it('reads a repeal list without 《》 and a table flattened with spaces', () => {
    const got = run('某县人民政府关于废止部分文件的通知', [
      '经研究，决定废止以下文件：',
      '',
      '1. 某县农村公路养护管理办法（某政发〔2013〕21号）',
      '',
      '2  某县城区供热管理暂行规定  某政办发〔2015〕 8 号',
    ], '某县');
    expect(got).toEqual([
      ['repeals', '某政发〔2013〕21号', '某县农村公路养护管理办法', [12]],
      ['repeals', '某政办发〔2015〕8号', '某县城区供热管理暂行规定', [14]],
    ]);
  });

  it('does not take a planned revision for an amendment', () => {
    expect(run('关于印发某工作要点的通知', ['启动对《某市物业管理条例》进行修订的工作。'])).toEqual([]);
  });

  it('reads a newly revised plan issued in place of the old one as amends, but not a revised law that is applied', () => {
    expect(run('关于印发某市应急预案的通知', ['新修订的《某市应急预案》已经市政府同意，现印发给你们。'])).toEqual([
      ['amends', null, '某市应急预案', [10]],
    ]);
    expect(run('关于某事的通知', ['严格执行新修订的《中华人民共和国食品安全法》。'])).toEqual([]);
    expect(run('某市人民政府关于修改《某市物业管理办法》的决定', ['市人民政府决定对《某市物业管理办法》作如下修改：'])).toEqual([
      ['amends', null, '某市物业管理办法', [10]],
    ]);
  });
});

describe('document numbers', () => {
  it('normalises brackets, spaces and prefixes with an inner bracket, and skips the words before a number', () => {
    expect(findDocNumbers('按照宁财〔农〕发〔2021〕361号和宁政发(2018)7号及国务院令第712号', '').map((n) => n.docNumber)).toEqual([
      '宁财〔农〕发〔2021〕361号',
      '宁政发〔2018〕7号',
      '国务院令第712号',
    ]);
  });
});

describe('supersessions in a clean-up decision', () => {
  it('follows its sections: kept documents are left out, amended and repealed ones recorded', () => {
    const got = run('某市人民政府关于公布规范性文件清理结果的决定', [
      '一、继续有效的文件',
      '',
      '1.《某市甲办法》（某政发〔2018〕1号）',
      '',
      '二、修改的文件',
      '',
      '序号\t文件名称\t文号',
      '',
      '1\t某市乙规定\t某政发〔2016〕2号',
      '',
      '三、废止的文件',
      '',
      '1.《某市丙细则》（某政办发〔2012〕3号）',
    ]);
    expect(got).toEqual([
      ['amends', '某政发〔2016〕2号', '某市乙规定', [18]],
      ['repeals', '某政办发〔2012〕3号', '某市丙细则', [22]],
    ]);
  });

  it('reads an item of a 废止和修改 decision that amends its document as amends', () => {
    const got = run('某市人民政府关于废止和修改部分市政府规章的决定', [
      '一、废止《某市绿化管理办法》（某市人民政府令第3号）。',
      '二、对《某市道路管理办法》（某市人民政府令第5号）作如下修改：将第十条中的“市市政局”修改为“市住房城乡建设局”。',
    ]);
    expect(got.map((g) => [g[0], g[1]])).toEqual([
      ['repeals', '某市人民政府令第3号'],
      ['amends', '某市人民政府令第5号'],
    ]);
  });

  it('leaves out documents a clause of the decision keeps (…继续有效)', () => {
    const got = run('某市人民政府关于宣布废止和继续有效的规范性文件目录的通知', [
      '经清理，市政府决定：《某市停车办法》（某府发〔2016〕11号）予以废止；《某市投资办法》（某府发〔2019〕3号）继续有效。',
    ]);
    expect(got).toEqual([['repeals', '某府发〔2016〕11号', '某市停车办法', [10]]]);
  });
});

describe('supersessions on hostile input', () => {
  it('never throws and reports only lines of the input, on mutated text and one very long line', () => {
    const body = ['根据《某法》，决定废止《某市甲办法》（某政发〔2010〕5号）。', '', '2\t某市乙细则\t某政办发〔2012〕44号', '', '《某市丙规定》（某政发〔2011〕1号）同时废止。'];
    for (const variant of hostileBodies(body)) {
      const got = supersessionsParser.parse(segment('关于废止部分文件的决定', variant, '某市'), context()).supersedes ?? [];
      expect(Array.isArray(got)).toBe(true);
      expect(linesWithin(got, variant.length)).toBe(true);
    }
  });
});

describe('supersessions of a revised document', () => {
  it('records the earlier edition once, as replaced when the text says it is repealed', () => {
    const got = run('关于印发某市物业管理办法的通知', ['现将修订后的《某市物业管理办法》印发给你们，原《某市物业管理办法》（某政发〔2015〕6号）同时废止。']);
    expect(got).toEqual([['replaces', '某政发〔2015〕6号', '某市物业管理办法', [10]]]);
  });
});

describe('supersessions named after the trigger', () => {
  it('reads 同时废止《A》和《B》', () => {
    expect(run('关于印发某办法的通知', ['本办法自2024年1月1日起施行，同时废止《某市甲办法》（某政发〔2015〕6号）和原《某市乙规定》（某政发〔2016〕2号）。'])).toEqual([
      ['replaces', '某政发〔2015〕6号', '某市甲办法', [10]],
      ['replaces', '某政发〔2016〕2号', '某市乙规定', [10]],
    ]);
  });
});

describe('supersessions: a citation after a comma is not a target', () => {
  it('keeps what follows the trigger in another clause out', () => {
    expect(run('关于某事的通知', ['《某市甲办法》（某政发〔2015〕6号）同时废止，《某省乙条例》（某政发〔2016〕2号）继续执行。'])).toEqual([
      ['replaces', '某政发〔2015〕6号', '某市甲办法', [10]],
    ]);
  });
});
