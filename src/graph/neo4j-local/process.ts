// The pid file of a data folder, whether the pid in it is still our launcher,
// and the lock that lets one process at a time start a folder's server.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { Neo4jLocalError } from './errors';
import { LAUNCHER_CLASS, pidFile, startLockFile } from './layout';

export interface PidRecord {
  pid: number;
  port: number;
  startedAt: string;
}

export function readPidFile(dataDir: string): PidRecord | null {
  try {
    const rec = JSON.parse(fs.readFileSync(pidFile(dataDir), 'utf8')) as Partial<PidRecord>;
    return Number.isInteger(rec.pid) && Number.isInteger(rec.port) ? (rec as PidRecord) : null;
  } catch {
    return null;
  }
}

export function writePidFile(dataDir: string, rec: PidRecord): void {
  fs.writeFileSync(pidFile(dataDir), `${JSON.stringify(rec)}\n`);
}

export function removePidFile(dataDir: string): void {
  fs.rmSync(pidFile(dataDir), { force: true });
}

/**
 * True when `pid` is a live launcher serving `dataDir`. A recycled pid (another
 * program) or a zombie left by `kill -9` does not count.
 */
export function isLauncher(pid: number, dataDir: string): boolean {
  const cmd = commandLine(pid);
  return cmd !== null && cmd.includes(LAUNCHER_CLASS) && cmd.includes(dataDir);
}

function commandLine(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim() || null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && fs.existsSync('/proc/self')) return null;
  }
  const r = spawnSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
  const out = r.status === 0 ? r.stdout.trim() : '';
  return out && !out.includes('<defunct>') ? out : null;
}

/** True once `pid` no longer runs: no such process, or a zombie (all threads gone) waiting to be reaped. */
export function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
  try {
    // A JVM's main thread turns zombie before its other threads have exited.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return /^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2)) && fs.readdirSync(`/proc/${pid}/task`).length <= 1;
  } catch {
    const r = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' });
    return r.status !== 0 || /^[ZX]/.test(r.stdout.trim());
  }
}

/**
 * A process killed with SIGKILL loses its command line before it closes its
 * sockets; true while `pid` is in that state (so its port is still taken).
 */
export function isExiting(pid: number): boolean {
  return !isGone(pid) && commandLine(pid) === null;
}

/** Waits until `pid` has exited; false on timeout. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (isGone(pid)) return true;
    await sleep(50);
  }
  return isGone(pid);
}

export function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `work` holding the data folder's start lock, so two processes starting
 * the same folder at once do not both launch a server: the second waits, then
 * finds the first one's server in the pid file and reuses it. A lock whose
 * owner has died is taken over.
 */
export async function withStartLock<T>(dataDir: string, waitMs: number, work: () => Promise<T>): Promise<T> {
  const file = startLockFile(dataDir);
  const deadline = Date.now() + waitMs;
  while (!tryCreate(file)) {
    const owner = lockOwner(file);
    if (owner !== null && isGone(owner)) {
      fs.rmSync(file, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new Neo4jLocalError(
        `another process (pid ${owner ?? '?'}) is starting the local Neo4j in ${dataDir} and has not finished`,
        `wait for it, or stop it; if no such process runs, delete ${file}`,
      );
    }
    await sleep(100);
  }
  try {
    return await work();
  } finally {
    fs.rmSync(file, { force: true });
  }
}

function tryCreate(file: string): boolean {
  try {
    fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** The pid in a lock file; null while it is being written or already gone. */
function lockOwner(file: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
