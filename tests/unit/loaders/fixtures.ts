// Small hand-written extractions for the loader tests.
import type { ExtractedDocument, Extraction, OrgRef } from '../../../src/extract/types';
import { emptyFacts } from '../../../src/extract/emit';

export function org(name: string, mention = name, extra: Partial<OrgRef> = {}): OrgRef {
  return { name, mention, ...extra };
}

export function doc(fields: Partial<ExtractedDocument> & { title: string }): ExtractedDocument {
  return {
    docNumber: null,
    issuers: [],
    issuedOn: null,
    docType: null,
    section: null,
    page: null,
    lines: [1, 2],
    body: '',
    ...emptyFacts(),
    ...fields,
  };
}

export function extraction(path: string, documents: ExtractedDocument[], extra: Partial<Extraction> = {}): Extraction {
  return {
    version: 1,
    source: { path, sha256: `sha-of-${path}` },
    jurisdiction: '银川市',
    gazette: null,
    documents,
    warnings: [],
    ...extra,
  };
}

/** A gazette with one document holding one of every kind of fact. */
export function richGazette(path = 'rich.txt', jurisdiction = '银川市'): Extraction {
  const finance = org(`${jurisdiction}财政局`, '市财政局');
  const reform = org(`${jurisdiction}发展和改革委员会`, '发改委');
  return extraction(
    path,
    [
      doc({
        docNumber: '银政发〔2022〕1号',
        title: '关于印发实施方案的通知',
        issuers: [org(`${jurisdiction}人民政府`)],
        issuedOn: '2022-03-01',
        docType: '通知',
        lines: [10, 40],
        body: '各有关单位：现将实施方案印发给你们。',
        signatories: [{ person: { name: '张三' }, title: '市长', lines: [39] }],
        tasks: [
          {
            number: '1',
            text: '落实基本医疗保险制度',
            leads: [reform],
            responsible: [finance],
            cooperating: [org(`${jurisdiction}教育局`, '教育局')],
            leaders: [{ name: '张三' }],
            deadline: '2022年',
            lines: [12, 13],
          },
        ],
        appointments: [
          { person: { name: '李四' }, action: 'appoint', post: '副局长', organization: finance, lines: [20] },
        ],
        portfolios: [
          { person: { name: '张三' }, relation: 'supervises', target: reform, lines: [22] },
          { person: { name: '张三' }, relation: 'responsible_for', target: { area: '教育' }, lines: [23] },
          { person: { name: '王五' }, relation: 'backup', target: { person: '张三' }, lines: [24] },
        ],
        supersedes: [{ relation: 'repeals', docNumber: '银政发〔2019〕9号', title: '旧办法', lines: [30] }],
        citations: [{ docNumber: '银政办发〔2021〕5号', title: '引用的文件', lines: [31] }],
        programmes: [{ name: '民生实事一', kind: '民生实事', year: 2022, leads: [finance], lines: [35] }],
      }),
    ],
    {
      jurisdiction,
      gazette: {
        name: `${jurisdiction}人民政府公报`,
        year: 2022,
        issue: 4,
        totalIssue: 377,
        publishedOn: '2022-05-25',
        editors: [{ name: '周佳', role: '责任编辑', lines: [5] }],
        lines: [1, 8],
      },
    },
  );
}
