// The start lock of a data folder: one start at a time, a dead owner's lock
// taken over, a live owner waited for and then reported with a fix.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Neo4jLocalError } from '../../src/graph/neo4j-local';
import { withStartLock } from '../../src/graph/neo4j-local/process';

let dir: string;
const lock = () => path.join(dir, 'neo4j-start.lock');
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'start-lock-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('withStartLock', () => {
  it('runs one holder at a time, in turn, and leaves no lock behind', async () => {
    const order: string[] = [];
    const holder = (name: string) => withStartLock(dir, 5000, async () => {
      order.push(`${name} in`);
      expect(fs.readFileSync(lock(), 'utf8').trim()).toBe(String(process.pid));
      await new Promise((r) => setTimeout(r, 150));
      order.push(`${name} out`);
      return name;
    });
    expect(await Promise.all([holder('a'), holder('b')])).toEqual(['a', 'b']);
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out']);
    expect(fs.existsSync(lock())).toBe(false);
  });

  it('releases the lock when the work fails', async () => {
    await expect(withStartLock(dir, 1000, async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(fs.existsSync(lock())).toBe(false);
  });

  it('takes over a lock whose owner has died', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.writeFileSync(lock(), `${dead.stdout}\n`);
    await expect(withStartLock(dir, 1000, async () => 'ran')).resolves.toBe('ran');
  });

  it('waits for a live owner, then says who holds it and how to fix it', async () => {
    const owner = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(lock(), `${owner.pid}\n`);
      const began = Date.now();
      const err = await withStartLock(dir, 400, async () => 'ran').catch((e: unknown) => e);
      expect(Date.now() - began).toBeGreaterThanOrEqual(400);
      expect(err).toBeInstanceOf(Neo4jLocalError);
      expect((err as Neo4jLocalError).message).toContain(`pid ${owner.pid}`);
      expect((err as Neo4jLocalError).hint).toContain(lock());
    } finally {
      owner.kill();
    }
  });
});
