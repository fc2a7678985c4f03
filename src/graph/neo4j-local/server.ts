// start / stop / status of the Neo4j that gazette-graph runs by itself, one per data folder.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { GraphAuthError, mapDriverError } from '../errors';
import { StartFailedError, PortInUseError } from './errors';
import { assertJava, fetch } from './fetch';
import { LAUNCHER_CLASS, LAUNCHER_JAR, LIB_DIR, READY_MARKER, logFile } from './layout';
import { isExiting, isLauncher, readPidFile, removePidFile, signal, sleep, waitForExit, withStartLock, writePidFile } from './process';
import { isPortFree, probeBolt } from './probe';

export interface LocalOptions {
  dataDir: string;
  port: number;
  password: string;
  /** Created (or its password set) at every start; default `neo4j`. */
  user?: string;
  /** How long to wait for Bolt before giving up; default 120 s. */
  timeoutMs?: number;
  /** JVM heap (`-Xmx`); default 512m. */
  heap?: string;
  /** Neo4j page cache; default 128m. */
  pageCache?: string;
  /** The server exits by itself when this process is gone (used by the test harness). */
  watchPid?: number;
  /** The server deletes its data folder when it exits (throwaway test databases). */
  deleteOnExit?: boolean;
  /** Progress messages (e.g. the Maven build on first use). */
  log?: (line: string) => void;
}

export interface LocalServer {
  pid: number;
  port: number;
  uri: string;
  dataDir: string;
  /** True when a server for this data folder was already running and was reused. */
  alreadyRunning: boolean;
  /** Time from the call until Bolt accepted the credentials. */
  readyMs: number;
}

type Resolved = Required<Omit<LocalOptions, 'watchPid' | 'log'>> & Pick<LocalOptions, 'watchPid' | 'log'>;

/** How much longer than a start's own timeout a second start waits for the first (the first build can take minutes). */
const START_LOCK_EXTRA_MS = 5 * 60_000;

function resolve(opts: LocalOptions): Resolved {
  return { user: 'neo4j', timeoutMs: 120_000, heap: '512m', pageCache: '128m', deleteOnExit: false, ...opts, dataDir: path.resolve(opts.dataDir) };
}

/**
 * Starts the local Neo4j for `dataDir`, or returns the one already serving it
 * (same pid). A pid file left by a crashed server is cleared. Resolves once
 * Bolt accepts the credentials; otherwise throws with the tail of the log.
 */
export async function start(options: LocalOptions): Promise<LocalServer> {
  const o = resolve(options);
  const began = Date.now();
  fs.mkdirSync(o.dataDir, { recursive: true });
  // Another start of this folder may be under way; it gets the time to build
  // Neo4j on first use (Maven) and to be ready.
  return withStartLock(o.dataDir, o.timeoutMs + START_LOCK_EXTRA_MS, () => startLocked(o, began));
}

async function startLocked(o: Resolved, began: number): Promise<LocalServer> {
  const hadPidFile = readPidFile(o.dataDir) !== null;
  const existing = await runningRecord(o.dataDir);
  if (existing) {
    await waitUntilReady(existing.pid, { ...o, port: existing.port }, began);
    return server(existing.pid, existing.port, o.dataDir, true, began);
  }
  // A server killed a moment ago may still hold its port for a little while.
  if (!(await portFreeWithin(o.port, hadPidFile ? 10_000 : 0))) throw new PortInUseError(o.port);
  fetch(o.log);
  assertJava();
  const pid = spawnLauncher(o);
  writePidFile(o.dataDir, { pid, port: o.port, startedAt: new Date().toISOString() });
  try {
    await waitUntilReady(pid, o, began);
  } catch (err) {
    signal(pid, 'SIGKILL');
    await waitForExit(pid, 5000);
    removePidFile(o.dataDir);
    throw err;
  }
  return server(pid, o.port, o.dataDir, false, began);
}

async function portFreeWithin(port: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!(await isPortFree(port))) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

function server(pid: number, port: number, dataDir: string, alreadyRunning: boolean, began: number): LocalServer {
  return { pid, port, uri: `bolt://127.0.0.1:${port}`, dataDir, alreadyRunning, readyMs: Date.now() - began };
}

/**
 * The pid file's record when its process is alive and ours. A stale pid file
 * (crash, kill -9) is removed, once a server still dying has let go of its port.
 */
async function runningRecord(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const rec = readPidFile(dataDir);
  if (rec && isLauncher(rec.pid, dataDir)) return rec;
  if (rec && isExiting(rec.pid)) await waitForExit(rec.pid, 10_000);
  removePidFile(dataDir);
  return null;
}

function jvmArgs(o: Resolved): string[] {
  return [
    `-Xmx${o.heap}`,
    '-XX:+UseSerialGC',
    '-XX:-OmitStackTraceInFastThrow',
    '-Dfile.encoding=UTF-8',
    '-Dlog4j2.disable.jmx=true',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  ];
}

function spawnLauncher(o: Resolved): number {
  const out = fs.openSync(logFile(o.dataDir), 'w');
  const args = [...jvmArgs(o), '-cp', `${LAUNCHER_JAR}${path.delimiter}${path.join(LIB_DIR, '*')}`, LAUNCHER_CLASS];
  args.push('--data-dir', o.dataDir, '--port', String(o.port), '--page-cache', o.pageCache);
  if (o.watchPid) args.push('--watch-pid', String(o.watchPid));
  if (o.deleteOnExit) args.push('--delete-on-exit', 'true');
  const child = spawn('java', args, {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, GAZETTE_NEO4J_USER: o.user, GAZETTE_NEO4J_PASSWORD: o.password },
  });
  fs.closeSync(out);
  child.unref();
  if (child.pid === undefined) throw new StartFailedError('could not be spawned (is `java` on the PATH?)', '', logFile(o.dataDir));
  return child.pid;
}

/** Waits for the launcher's ready line, then checks Bolt with the real driver. */
async function waitUntilReady(pid: number, o: Resolved, began: number): Promise<void> {
  const log = logFile(o.dataDir);
  for (;;) {
    if (!isLauncher(pid, o.dataDir)) throw new StartFailedError('exited during start-up', tail(log), log);
    if (readText(log).includes(READY_MARKER)) {
      try {
        await probeBolt(o);
        return;
      } catch (err) {
        const mapped = mapDriverError(err, 'the local Neo4j');
        if (mapped instanceof GraphAuthError) {
          throw new GraphAuthError(`the local Neo4j in ${o.dataDir} refused the configured password`, 'it was started with another NEO4J_PASSWORD; run `npm run db:stop` and start it again', { cause: err });
        }
      }
    }
    if (Date.now() - began > o.timeoutMs) {
      throw new StartFailedError(`did not answer on Bolt port ${o.port} within ${Math.round(o.timeoutMs / 1000)} s`, tail(log), log);
    }
    await sleep(100);
  }
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function tail(file: string, lines = 15): string {
  return readText(file).trimEnd().split('\n').slice(-lines).join('\n');
}

export interface StopResult {
  /** The pid that was stopped, or null when nothing was running. */
  pid: number | null;
  /** True when it had to be killed after not stopping within the timeout. */
  killed: boolean;
}

/** Stops the server of `dataDir` (SIGTERM, then SIGKILL after `timeoutMs`). */
export async function stop(options: { dataDir: string; timeoutMs?: number }): Promise<StopResult> {
  const dataDir = path.resolve(options.dataDir);
  const rec = await runningRecord(dataDir);
  if (!rec) return { pid: null, killed: false };
  signal(rec.pid, 'SIGTERM');
  let killed = false;
  if (!(await waitForExit(rec.pid, options.timeoutMs ?? 60_000))) {
    signal(rec.pid, 'SIGKILL');
    await waitForExit(rec.pid, 5000);
    killed = true;
  }
  removePidFile(dataDir);
  return { pid: rec.pid, killed };
}

export interface LocalStatus {
  dataDir: string;
  running: boolean;
  pid: number | null;
  port: number | null;
  uri: string | null;
  /** Bolt answered and accepted the credentials. */
  boltReady: boolean;
  /** A pid file was left by a server that is gone (crash, kill -9); the next start clears it. */
  stalePidFile: boolean;
  /** Why Bolt is not ready, when running. */
  problem: string | null;
}

export async function status(options: { dataDir: string; user?: string; password: string }): Promise<LocalStatus> {
  const dataDir = path.resolve(options.dataDir);
  const rec = readPidFile(dataDir);
  const base = { dataDir, running: false, pid: null, port: null, uri: null, boltReady: false, stalePidFile: false, problem: null };
  if (!rec) return base;
  if (!isLauncher(rec.pid, dataDir)) return { ...base, stalePidFile: true };
  const running = { ...base, running: true, pid: rec.pid, port: rec.port, uri: `bolt://127.0.0.1:${rec.port}` };
  try {
    await probeBolt({ port: rec.port, user: options.user ?? 'neo4j', password: options.password });
    return { ...running, boltReady: true };
  } catch (err) {
    const mapped = mapDriverError(err, 'the local Neo4j');
    return { ...running, problem: `${mapped.message} (${mapped.hint})` };
  }
}
