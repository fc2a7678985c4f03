import { citationsParser } from '../../../src/extract/parse/citations';
import { context, hostileBodies, linesWithin, segment } from './genre-fixtures';

describe('citations', () => {
  it('lists documents cited by number once each, not the document itself nor what it replaces', () => {
    const doc = segment('关于印发某方案的通知', [
      '某政办发〔2024〕3号',
      '',
      '根据《国务院关于某事的意见》（国发〔2023〕1号）和《某省〈实施办法〉》（某省政发〔2023〕 2号）精神，再次重申国发〔2023〕1号要求。',
      '',
      '《某市旧方案》（某政办发〔2020〕9号）同时废止。许可证号为某许受字〔2022〕第03号。',
    ]);
    doc.meta.docNumber = '某政办发〔2024〕3号';
    const got = (citationsParser.parse(doc, context()).citations ?? []).map((c) => [c.docNumber, c.title, c.lines]);
    expect(got).toEqual([
      ['国发〔2023〕1号', '国务院关于某事的意见', [12]],
      ['某省政发〔2023〕2号', '某省〈实施办法〉', [12]],
    ]);
  });
});

describe('citations on hostile input', () => {
  it('never throws and reports only lines of the input, on mutated text and one very long line', () => {
    const body = ['根据《国务院关于某事的意见》（国发〔2023〕1号）和《某省办法》（某政发〔2023〕2号）精神。'];
    for (const variant of hostileBodies(body)) {
      const got = citationsParser.parse(segment('关于印发某方案的通知', variant, '某市'), context()).citations ?? [];
      expect(Array.isArray(got)).toBe(true);
      expect(linesWithin(got, variant.length)).toBe(true);
    }
  });
});
