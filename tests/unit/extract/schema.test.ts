// The JSON Schema (schema/extraction.schema.json) and the extraction types
// (src/extract/types.ts) must describe the same JSON. Real output validates;
// a sample with EVERY optional field filled (typed Required<…>, so adding a
// field to the types breaks this file until the sample has it) must be
// allowed by the schema, and a sample with only the required keys must be
// enough for it.
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { extract } from '../../../src/extract/pipeline';
import type {
  Appointment, Citation, ContentsEntry, Editor, ExtractedDocument, Extraction, GazetteInfo, OrgRef,
  Portfolio, Programme, Supersession, Task, Warning,
} from '../../../src/extract/types';

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../schema/extraction.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile<Extraction>(schema);
const errors = () => ajv.errorsText(validate.errors);

const org: Required<OrgRef> = { name: '银川市财政局', mention: '市财政局', group: true, parent: '银川市人民政府' };
const task: Required<Task> = { number: '1', text: '做好工作', leads: [org], responsible: [], cooperating: [], leaders: [{ name: '李全才', posts: ['副市长'] }], deadline: '2022年', lines: [3, 4] };
const appointment: Required<Appointment> = { person: { name: '姜俐冰' }, action: 'appoint', post: '副局长', organization: org, lines: [5] };
const portfolios: Required<Portfolio>[] = [
  { person: { name: '段建宏' }, relation: 'supervises', target: org, lines: [6] },
  { person: { name: '段建宏' }, relation: 'responsible_for', target: { area: '发展改革' }, lines: [6] },
  { person: { name: '段建宏' }, relation: 'backup', target: { person: '周勇' }, lines: [6] },
];
const supersession: Required<Supersession> = { relation: 'repeals', docNumber: '银政发〔2010〕1号', title: '办法', lines: [7] };
const citation: Required<Citation> = { docNumber: '国办发〔2019〕34号', title: '意见', lines: [8] };
const programme: Required<Programme> = { name: '老旧小区改造', kind: '民生实事', year: 2024, leads: [org], lines: [9] };
const editor: Required<Editor> = { name: '纳小利', role: '主编', lines: [1] };
const entry: Required<ContentsEntry> = { section: '人事任免', title: '通知', docNumber: '银政干发〔2022〕7号', page: 3, lines: [2] };
const gazette: Required<GazetteInfo> = { name: '银川市人民政府公报', year: 2022, issue: 4, totalIssue: 377, publishedOn: '2022-05-25', editors: [editor], contents: [entry], lines: [1, 2] };
const fullDoc: Required<ExtractedDocument> = {
  docNumber: '银政办发〔2022〕24号', title: '通知', issuers: [org], issuedOn: '2022-04-01', docType: '通知',
  section: '人事任免', page: 3, lines: [3, 10], jurisdiction: '银川市', addressees: ['各县（市）区人民政府'],
  publiclyReleased: true, attachments: [{ title: '清单', lines: [10] }], signatories: [{ person: { name: '杨玉经' }, title: '银川市市长', lines: [9] }], body: '正文',
  tasks: [task], appointments: [appointment], portfolios, supersedes: [supersession], programmes: [programme], citations: [citation],
};
const warning: Required<Warning> = { reason: 'x', line: 3, rule: 'segment.x' };
const full: Required<Extraction> = {
  version: 1, source: { path: 'a.txt', sha256: 'a'.repeat(64) }, extractor: '0123456789abcdef', jurisdiction: '银川市', gazette, documents: [fullDoc], warnings: [warning],
};

describe('extraction JSON Schema', () => {
  it('allows every field the types define (no drift from types to schema)', () => {
    expect(validate(full)).toBe(true);
  });

  it('needs no more than the required fields of the types (no drift from schema to types)', () => {
    const minimalDoc: ExtractedDocument = {
      docNumber: null, title: 't', issuers: [], issuedOn: null, docType: null, section: null, page: null, lines: [1], body: '',
      tasks: [], appointments: [], portfolios: [], supersedes: [], programmes: [], citations: [],
    };
    const minimalGazette: GazetteInfo = { name: null, year: null, issue: null, totalIssue: null, publishedOn: null, editors: [] };
    const minimal: Extraction = { version: 1, source: { path: 'a', sha256: 'b'.repeat(64) }, jurisdiction: null, gazette: minimalGazette, documents: [minimalDoc], warnings: [] };
    expect(validate(minimal)).toBe(true);
    expect(validate({ ...minimal, gazette: null })).toBe(true);
  });

  it('rejects keys the types do not have and wrong values', () => {
    expect(validate({ ...full, extra: 1 })).toBe(false);
    expect(validate({ ...full, documents: [{ ...fullDoc, issuedOn: '1 April' }] })).toBe(false);
    expect(validate({ ...full, documents: [{ ...fullDoc, appointments: [{ ...appointment, action: 'promote' }] }] })).toBe(false);
    const { title: _drop, ...noTitle } = fullDoc;
    expect(validate({ ...full, documents: [noTitle] })).toBe(false);
  });

  it.each(['yinchuan-2022-04.txt', 'helan-2022-05.txt', 'yinchuan-2024-jan.txt'])('validates the real output for %s', (name) => {
    const file = path.join(__dirname, '../../../data/gazettes', name);
    const out = JSON.parse(JSON.stringify(extract(fs.readFileSync(file), { path: name })));
    const ok = validate(out);
    if (!ok) throw new Error(errors());
    expect(out.documents.length).toBeGreaterThan(0);
  });

  it('validates the output for a single hand-written document', () => {
    const text = '银川市人民政府关于做好防汛工作的通知\n\n银政发〔2022〕9号\n\n各县（市）区人民政府：\n\n请做好防汛工作。\n\n银川市人民政府\n\n2022年6月1日\n';
    const out = JSON.parse(JSON.stringify(extract(Buffer.from(text), { path: 'one.txt' })));
    expect(validate(out)).toBe(true);
    expect(out.gazette).toBeNull();
    expect(out.documents[0]).toMatchObject({ docNumber: '银政发〔2022〕9号', issuedOn: '2022-06-01', jurisdiction: '银川市' });
  });
});
