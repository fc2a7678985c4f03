// `gazette-graph graph` argument errors are typed, with hints, and raised
// before any database is opened.
import { Command } from 'commander';
import { registerGraph } from '../../../src/cli/commands/graph';
import { CliError } from '../../../src/cli/errors';

function run(...args: string[]): Promise<unknown> {
  const program = new Command('gazette-graph').exitOverride();
  registerGraph(program);
  return program.parseAsync(['node', 'gazette-graph', 'graph', ...args]);
}

describe('gazette-graph graph arguments', () => {
  it('wants exactly one scope', async () => {
    await expect(run('--org', '发改局', '--doc', '贺政发〔2022〕68号')).rejects.toThrow(CliError);
    await expect(run()).rejects.toMatchObject({ message: expect.stringContaining('exactly one'), hint: expect.stringContaining('--help') });
  });

  it('writes PNG to a file only, and tells formats it cannot guess', async () => {
    await expect(run('--org', '发改局', '--format', 'png')).rejects.toMatchObject({ hint: 'add --out FILE.png' });
    await expect(run('--org', '发改局', '--out', 'graph.txt')).rejects.toMatchObject({ message: expect.stringContaining('graph.txt') });
  });

  it('checks depth and roles', async () => {
    await expect(run('--org', '发改局', '--depth', '9')).rejects.toMatchObject({ message: expect.stringContaining('--depth 9') });
    await expect(run('--org', '发改局', '--roles', 'lead,boss')).rejects.toMatchObject({ message: 'unknown role: boss' });
  });

  it('rejects an unknown format through commander', async () => {
    await expect(run('--org', '发改局', '--format', 'pdf')).rejects.toMatchObject({ code: 'commander.invalidArgument' });
  });
});
