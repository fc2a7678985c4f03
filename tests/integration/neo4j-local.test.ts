// The local Neo4j lifecycle against real servers started in throwaway folders.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { openGraph } from '../../src/graph/driver';
import { GraphAuthError } from '../../src/graph/errors';
import { freePort, isPortFree, PortInUseError, start, StartFailedError, status, stop, type LocalOptions } from '../../src/graph/neo4j-local';
import { isLauncher, readPidFile } from '../../src/graph/neo4j-local/process';

// Starting a JVM takes seconds; jest's project config cannot set testTimeout.
jest.setTimeout(120_000);
const password = 'local-test-password';
let dataDir: string;
let options: LocalOptions;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-neo4j-local-'));
  options = { dataDir, port: await freePort(), password, heap: '384m', pageCache: '32m', watchPid: process.pid };
});

afterAll(async () => {
  await stop({ dataDir });
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function waitGone(pid: number): Promise<void> {
  for (let i = 0; i < 100 && isLauncher(pid, dataDir); i++) await new Promise((r) => setTimeout(r, 100));
}

describe('the local Neo4j', () => {
  it('starts once: two starts at the same moment and a later one all get the same server', async () => {
    const both = await Promise.all([start(options), start(options)]);
    expect(both.map((s) => s.alreadyRunning).sort()).toEqual([false, true]);
    const first = both.find((s) => !s.alreadyRunning)!;
    expect(both.map((s) => s.pid)).toEqual([first.pid, first.pid]);
    const later = await start(options);
    expect(later).toMatchObject({ pid: first.pid, port: first.port, alreadyRunning: true });
    expect(readPidFile(dataDir)?.pid).toBe(first.pid);
    expect(fs.existsSync(path.join(dataDir, 'neo4j-start.lock'))).toBe(false);
  });

  it('reports its status', async () => {
    const s = await status({ dataDir, password });
    expect(s).toMatchObject({ running: true, boltReady: true, port: options.port, stalePidFile: false, pid: readPidFile(dataDir)?.pid });
    const wrong = await status({ dataDir, password: 'not-the-password' });
    expect(wrong).toMatchObject({ running: true, boltReady: false });
    expect(wrong.problem).toMatch(/credentials/);
  });

  it('serves reads and writes over Bolt (bolt:// and neo4j:// URIs), with authentication on', async () => {
    for (const scheme of ['bolt', 'neo4j']) {
      const graph = await openGraph(loadConfig({ NEO4J_URI: `${scheme}://127.0.0.1:${options.port}`, NEO4J_PASSWORD: password }));
      try {
        await graph.write('CREATE (:LocalProbe {scheme: $scheme, n: $n})', { scheme, n: 7 });
        const rows = await graph.read<{ n: number; type: string }>('MATCH (p:LocalProbe {scheme: $scheme}) RETURN p.n AS n, valueType(p.n) AS type', { scheme });
        expect(rows).toEqual([{ n: 7, type: 'INTEGER NOT NULL' }]);
      } finally {
        await graph.close();
      }
    }
    await expect(openGraph(loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${options.port}`, NEO4J_PASSWORD: 'wrong' }))).rejects.toBeInstanceOf(GraphAuthError);
  });

  it('starts again after the server was killed with kill -9 (stale pid file)', async () => {
    const before = readPidFile(dataDir)!;
    process.kill(before.pid, 'SIGKILL');
    await waitGone(before.pid);
    expect(await status({ dataDir, password })).toMatchObject({ running: false, stalePidFile: true });

    const again = await start(options);
    expect(again.alreadyRunning).toBe(false);
    expect(again.pid).not.toBe(before.pid);
    const graph = await openGraph(loadConfig({ NEO4J_URI: again.uri, NEO4J_PASSWORD: password }));
    try {
      // Data written before the crash survived it.
      expect(await graph.read('MATCH (p:LocalProbe) RETURN p.scheme AS scheme ORDER BY scheme')).toEqual([{ scheme: 'bolt' }, { scheme: 'neo4j' }]);
    } finally {
      await graph.close();
    }
  });

  it('stops, and status and a second stop say it is not running', async () => {
    const pid = readPidFile(dataDir)!.pid;
    expect(await stop({ dataDir })).toEqual({ pid, killed: false });
    expect(isLauncher(pid, dataDir)).toBe(false);
    expect(await isPortFree(options.port)).toBe(true);
    expect(await status({ dataDir, password })).toMatchObject({ running: false, stalePidFile: false });
    expect(await stop({ dataDir })).toEqual({ pid: null, killed: false });
  });

  it('refuses a port another process holds, saying which and how to fix it', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', r));
    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-neo4j-port-'));
    try {
      const err = await start({ ...options, dataDir: otherDir, port }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PortInUseError);
      expect((err as PortInUseError).message).toContain(`port ${port} is already in use`);
      expect((err as PortInUseError).hint).toContain('NEO4J_BOLT_PORT');
      expect(readPidFile(otherDir)).toBeNull();
    } finally {
      blocker.close();
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('gives up after the timeout with the log tail, leaving no JVM behind', async () => {
    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-neo4j-slow-'));
    const port = await freePort();
    try {
      const err = await start({ ...options, dataDir: otherDir, port, timeoutMs: 300 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StartFailedError);
      expect((err as StartFailedError).message).toMatch(/did not answer on Bolt port \d+ within/);
      expect(readPidFile(otherDir)).toBeNull();
      expect(await isPortFree(port)).toBe(true);
    } finally {
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
  });
});
