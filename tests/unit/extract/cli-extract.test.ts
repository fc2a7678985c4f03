// The `extract` command, run in-process through commander.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { registerExtract } from '../../../src/cli/commands/extract';
import { CliError } from '../../../src/cli/errors';

const NOTICE = ['银川市人民政府关于做好防汛工作的通知', '银政发〔2022〕9号', '各县（市）区人民政府：', '请做好防汛工作。', '银川市人民政府', '2022年6月1日'].join('\n\n');

let dir: string;
let out: string[];
let err: string[];

async function run(...args: string[]): Promise<void> {
  const program = new Command('gazette-graph').exitOverride();
  registerExtract(program);
  await program.parseAsync(['node', 'gazette-graph', 'extract', ...args]);
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cli-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), NOTICE);
  fs.writeFileSync(path.join(dir, 'b.txt'), NOTICE.replace('9号', '10号'));
  fs.writeFileSync(path.join(dir, 'bin.dat'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 0]));
  out = [];
  err = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  jest.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
});

afterEach(() => {
  jest.restoreAllMocks();
  process.exitCode = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const file = (name: string) => path.join(dir, name);

describe('gazette-graph extract', () => {
  it('prints one JSON object for one file', async () => {
    await run(file('a.txt'), '--format', 'json');
    const json = JSON.parse(out.join(''));
    expect(json).toMatchObject({ version: 1, gazette: null, documents: [{ docNumber: '银政发〔2022〕9号', issuedOn: '2022-06-01' }] });
    expect(json.source.path).toBe(file('a.txt'));
  });

  it('prints an array for several files', async () => {
    await run(file('a.txt'), file('b.txt'));
    const json = JSON.parse(out.join(''));
    expect(json.map((e: { documents: { docNumber: string }[] }) => e.documents[0]?.docNumber)).toEqual(['银政发〔2022〕9号', '银政发〔2022〕10号']);
  });

  it('prints a gazette line and one line per document as ndjson', async () => {
    await run(file('a.txt'), '--format', 'ndjson');
    const lines = out.join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.kind)).toEqual(['gazette', 'document']);
    expect(lines[1].title).toBe('银川市人民政府关于做好防汛工作的通知');
  });

  it('writes <stem>.json per input with --out', async () => {
    const target = path.join(dir, 'out');
    await run(file('a.txt'), file('b.txt'), '--out', target);
    expect(fs.readdirSync(target).sort()).toEqual(['a.json', 'b.json']);
    expect(JSON.parse(fs.readFileSync(path.join(target, 'b.json'), 'utf8')).documents[0].docNumber).toBe('银政发〔2022〕10号');
    expect(out.join('')).toBe('');
  });

  it('stops after a stage with --stage', async () => {
    await run(file('a.txt'), '--stage', 'segment');
    const json = JSON.parse(out.join(''));
    expect(json.documents[0].meta.docNumber).toBe('银政发〔2022〕9号');
    expect(json.documents[0].lines[0]).toEqual({ no: 1, text: '银川市人民政府关于做好防汛工作的通知' });
  });

  it('reports a missing file in one line with a hint, exit code 2, and still extracts the others', async () => {
    await run(file('missing.txt'), file('a.txt'));
    expect(err.join('')).toMatch(/missing\.txt: no such file\n {2}hint: /);
    expect(JSON.parse(out.join(''))).toHaveLength(1);
    expect(process.exitCode).toBe(2);
  });

  it('refuses an undecodable single file with a typed error and exit code 2', async () => {
    await expect(run(file('bin.dat'))).rejects.toMatchObject({ constructor: CliError, exitCode: 2, message: expect.stringMatching(/bin\.dat: not a text file/) });
  });

  it('rejects an unknown format', async () => {
    await expect(run(file('a.txt'), '--format', 'xml')).rejects.toMatchObject({ code: 'commander.invalidArgument' });
  });
});
