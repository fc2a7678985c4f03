// The built CLI, with its output piped to a reader that stops early
// (`gazette-graph extract … | head`): it stops quietly, no EPIPE crash.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../..');
const cli = path.join(root, 'dist/src/cli/main.js');

/** Runs the CLI with a stdout pipe whose reader is gone before anything is written. */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.destroy();
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('gazette-graph output into a closed pipe', () => {
  it.each([
    [['--help']],
    [['db', 'migrate', '--help']],
    [['extract', 'data/gazettes/helan-2022-05.txt', '--format', 'json']],
  ])('%j stops quietly with exit code 0 when the reader has gone', async (args) => {
    expect(fs.existsSync(cli)).toBe(true);
    const { code, stderr } = await runIntoClosedPipe(args);
    expect(stderr).not.toMatch(/EPIPE|Unhandled|at .*\(/);
    expect(code).toBe(0);
  }, 30_000);
});
