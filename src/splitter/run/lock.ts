import { readFileSync, rmSync } from 'node:fs';
import { link, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { hasCode } from './files';

/** How long to wait for another split, and how often to look. */
export interface LockTiming {
  /** Milliseconds to wait for a running split before giving up. */
  wait: number;
  /** Milliseconds between two looks at the lock. */
  poll: number;
}

/** What happens while taking the lock, for the split to tell the person. */
export interface LockEvents {
  /** Another split holds the lock: this one waits for it. */
  waiting?(holder: number): void;
  /** The lock was left by a split that is no longer running: this one takes it over. */
  tookOver?(holder: number): void;
}

/** The lock is held by a running split for longer than this run would wait. */
export class LockBusy extends Error {
  override name = 'LockBusy';
  constructor(readonly holder: number) {
    super(`another split is running (pid ${holder})`);
  }
}

/** A lock whose file stays empty this long was left by a split that died before writing its pid. */
const EMPTY_LOCK_GRACE = 5_000;

/** Take a lock file for this process, waiting for a running split and taking over a dead one's lock; give back its release. */
export async function acquireLock(file: string, timing: LockTiming, events: LockEvents = {}): Promise<() => void> {
  const deadline = Date.now() + timing.wait;
  let announced = false;
  for (;;) {
    try {
      await writeFile(file, `${process.pid}\n`, { flag: 'wx' });
      const release = () => releaseLock(file);
      process.once('exit', release);
      return () => {
        process.off('exit', release);
        release();
      };
    } catch (error) {
      if (!hasCode(error, 'EEXIST')) throw error;
    }
    const holder = await holderOf(file);
    if (holder === 'gone') continue;
    if (holder === 'dead' || holder === 'stale') {
      const taken = await takeOver(file);
      if (taken !== null) events.tookOver?.(taken);
      continue;
    }
    if (holder !== 'starting') {
      if (Date.now() >= deadline) throw new LockBusy(holder);
      if (!announced) events.waiting?.(holder);
      announced = true;
    }
    await sleep(timing.poll);
  }
}

/** Wait, writing nothing (for `--check`), until no running split holds a lock file; tell whether it had to wait. */
export async function waitForLock(file: string, timing: LockTiming, events: LockEvents = {}): Promise<boolean> {
  const deadline = Date.now() + timing.wait;
  let waited = false;
  for (;;) {
    const holder = await holderOf(file);
    if (holder === 'gone' || holder === 'dead' || holder === 'stale') return waited;
    if (holder !== 'starting') {
      if (Date.now() >= deadline) throw new LockBusy(holder);
      if (!waited) events.waiting?.(holder);
      waited = true;
    }
    await sleep(timing.poll);
  }
}

/** Give the pid of the running split that holds a lock file, or null. */
export async function runningHolder(file: string): Promise<number | null> {
  const holder = await holderOf(file);
  return typeof holder === 'number' ? holder : null;
}

/**
 * Tell who holds a lock file: the pid of a running split, `dead` (its split is gone), `stale` (empty
 * for too long), `starting` (just created, pid not written yet) or `gone` (no lock).
 */
async function holderOf(file: string): Promise<number | 'dead' | 'stale' | 'starting' | 'gone'> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => (hasCode(error, 'ENOENT') ? null : Promise.reject(error)));
  if (text === null) return 'gone';
  const pid = Number.parseInt(text, 10);
  if (Number.isInteger(pid) && pid > 0) return isRunning(pid) ? pid : 'dead';
  const age = await stat(file).then((stats) => Date.now() - stats.mtimeMs, () => 0);
  return age > EMPTY_LOCK_GRACE ? 'stale' : 'starting';
}

/** Tell whether a process runs (another user's process counts); our own pid means a lock left by an earlier process. */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return hasCode(error, 'EPERM');
  }
}

/**
 * Remove a lock left by a split that is gone. The lock is first moved aside, which only one process
 * can do, so two splits never both take over the same lock; if what was moved turns out to be a lock
 * another split took in the meantime, it is put back.
 * @returns the pid of the split that left the lock (0 for an empty one), or null if nothing was taken over
 */
async function takeOver(file: string): Promise<number | null> {
  const aside = `${file}.${process.pid}`;
  try {
    await rename(file, aside);
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return null;
    throw error;
  }
  const text = await readFile(aside, 'utf8');
  const pid = Number.parseInt(text, 10);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
    await link(aside, file).catch(() => undefined);
    await rm(aside, { force: true });
    return null;
  }
  await rm(aside, { force: true });
  return Number.isInteger(pid) ? pid : 0;
}

/** Remove a lock file if it is still ours. */
function releaseLock(file: string): void {
  try {
    if (Number.parseInt(readFileSync(file, 'utf8'), 10) === process.pid) rmSync(file, { force: true });
  } catch {
    // Nothing to release.
  }
}
