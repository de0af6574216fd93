import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock, LockBusy, runningHolder, waitForLock } from '../../../src/splitter/run/lock';
import { makeTemp, removeTemp } from '../../helpers/project';
import { deadPid, sleeper } from '../../helpers/processes';

// Real lock files in a temporary folder; other "splits" are real processes (a sleeping node, or one that has ended).

const folder = makeTemp('dawenlu-lock-');
afterAll(() => removeTemp(folder));
let count = 0;
const lockFile = () => join(folder, `${++count}.lock`);
const FAST = { wait: 200, poll: 10 };



describe('acquireLock', () => {
  it('writes our pid, and removes the file on release', async () => {
    const file = lockFile();
    const release = await acquireLock(file, FAST);
    expect(readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
    release();
    expect(existsSync(file)).toBe(false);
  });

  it('waits for a running split, then takes the lock when it is gone', async () => {
    const file = lockFile();
    const other = sleeper();
    writeFileSync(file, `${other.pid}\n`);
    const waited: number[] = [];
    const taken = acquireLock(file, { wait: 60_000, poll: 10 }, { waiting: (holder) => (waited.push(holder), void other.stop()) });
    const release = await taken;
    expect(waited).toEqual([other.pid]);
    expect(readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
    release();
  });

  it('gives up on a split that runs longer than it waits, leaving its lock', async () => {
    const file = lockFile();
    const other = sleeper();
    writeFileSync(file, `${other.pid}\n`);
    try {
      await expect(acquireLock(file, FAST)).rejects.toEqual(new LockBusy(other.pid));
      expect(readFileSync(file, 'utf8')).toBe(`${other.pid}\n`);
    } finally {
      await other.stop();
    }
  });

  it('takes over a lock left by a split that is gone, and says so', async () => {
    const file = lockFile();
    const dead = await deadPid();
    writeFileSync(file, `${dead}\n`);
    const tookOver: number[] = [];
    const release = await acquireLock(file, FAST, { tookOver: (holder) => tookOver.push(holder) });
    expect(tookOver).toEqual([dead]);
    expect(readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
    release();
  });
});

describe('waitForLock', () => {
  it('returns at once when there is no lock or a stale one, and writes nothing', async () => {
    const file = lockFile();
    expect(await waitForLock(file, FAST)).toBe(false);
    expect(existsSync(file)).toBe(false);
    writeFileSync(file, `${await deadPid()}\n`);
    expect(await waitForLock(file, FAST)).toBe(false);
    expect(await runningHolder(file)).toBe(null);
  });

  it('names a running holder', async () => {
    const file = lockFile();
    const other = sleeper();
    writeFileSync(file, `${other.pid}\n`);
    try {
      expect(await runningHolder(file)).toBe(other.pid);
      await expect(waitForLock(file, FAST)).rejects.toEqual(new LockBusy(other.pid));
    } finally {
      await other.stop();
    }
  });
});
