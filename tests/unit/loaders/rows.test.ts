import { buildRows, span } from '../../../loaders/rows';
import { countRecords } from '../../../loaders';
import { doc, extraction, org, richGazette } from './fixtures';

describe('buildRows', () => {
  const rows = buildRows(richGazette('rich.txt'), 'rich.txt');

  it('keys the printed document by number and tasks by source|document|ordinal', () => {
    expect(rows.documents.map((d) => d.key)).toEqual(['银政发〔2022〕1号']);
    expect(rows.tasks.map((t) => t.key)).toEqual(['rich.txt|银政发〔2022〕1号|1']);
    expect(rows.programmes.map((p) => p.key)).toEqual(['rich.txt|银政发〔2022〕1号|民生实事一']);
  });

  it('makes stubs for cited and superseded documents only', () => {
    expect(rows.citedDocuments.map((d) => d.key).sort()).toEqual(['银政办发〔2021〕5号', '银政发〔2019〕9号']);
    expect(rows.supersessions).toEqual([
      expect.objectContaining({ from: '银政发〔2022〕1号', to: '银政发〔2019〕9号', type: 'REPEALS', on: '2022-03-01' }),
    ]);
  });

  it('writes one organization per canonical name and one alias per mention', () => {
    const names = rows.organizations.map((o) => o.name).sort();
    expect(names).toEqual(['银川市人民政府', '银川市发展和改革委员会', '银川市教育局', '银川市财政局']);
    expect(rows.aliases.find((a) => a.org === '银川市财政局')).toMatchObject({ key: '银川市|市财政局', mention: '市财政局' });
    expect(rows.organizations.every((o) => o.jurisdiction === '银川市')).toBe(true);
  });

  it('splits task units by role and portfolios by target', () => {
    expect(rows.taskOrgs.map((r) => [r.type, r.role, r.org])).toEqual([
      ['LED_BY', null, '银川市发展和改革委员会'],
      ['ASSIGNED_TO', 'responsible', '银川市财政局'],
      ['ASSIGNED_TO', 'cooperating', '银川市教育局'],
    ]);
    expect(rows.portfolioOrgs).toEqual([expect.objectContaining({ type: 'SUPERVISES', person: '银川市|张三' })]);
    expect(rows.portfolioAreas).toEqual([expect.objectContaining({ type: 'RESPONSIBLE_FOR', area: '银川市|教育' })]);
    expect(rows.backups).toEqual([expect.objectContaining({ type: 'BACKUP_OF', person: '银川市|王五', other: '银川市|张三' })]);
    expect(rows.appointments).toEqual([
      expect.objectContaining({ type: 'APPOINTED_TO', post: '银川市财政局|副局长', on: '2022-03-01' }),
    ]);
  });

  it('normalises every span to [first, last]', () => {
    expect(span([7])).toEqual([7, 7]);
    expect(span([3, 9])).toEqual([3, 9]);
    expect(rows.appointments[0]!.lines).toEqual([20, 20]);
  });

  it('deduplicates repeated facts and keeps printed documents out of the stubs', () => {
    const finance = org('银川市财政局', '财政局');
    const e = extraction('d.txt', [
      doc({
        docNumber: 'A号',
        title: 'A',
        citations: [{ docNumber: 'B号', title: null, lines: [3] }],
        tasks: [
          { number: '1', text: 't', leads: [finance, finance], responsible: [], cooperating: [], leaders: [], deadline: null, lines: [4] },
        ],
      }),
      doc({ docNumber: 'B号', title: 'B', citations: [{ docNumber: 'A号', title: null, lines: [9] }] }),
    ]);
    const r = buildRows(e, 'd.txt');
    expect(r.citedDocuments).toEqual([]);
    expect(r.taskOrgs).toHaveLength(1);
    expect(r.aliases).toHaveLength(1);
    expect(r.citations).toHaveLength(2);
  });

  it('links a signatory to the document as a person of the source\'s jurisdiction, with the title signed under', () => {
    const signed = buildRows(
      extraction('order.txt', [doc({ docNumber: '银川市人民政府令第2号', title: '决定', signatories: [{ person: { name: '杨 玉经' }, title: '银川市市长', lines: [122] }] })], { jurisdiction: '银川市' }),
      'order.txt',
    );
    expect(signed.signed).toEqual([{ person: '银川市|杨玉经', document: '银川市人民政府令第2号', title: '银川市市长', lines: [122, 122] }]);
    expect(signed.persons).toContainEqual({ key: '银川市|杨玉经', name: '杨玉经', jurisdiction: '银川市' });
  });

  it('counts one record per row', () => {
    expect(countRecords(rows)).toBe(Object.values(rows).reduce((n, a) => n + a.length, 0));
    expect(countRecords(rows)).toBeGreaterThan(20);
  });
});
