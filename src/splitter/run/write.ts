import { renameSync, rmSync } from 'node:fs';
import { lstat, mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { compareText } from '../../shared/text';
import { stagingPathOf, type SyncPlan } from '../mdx/plan';
import { attempt, failureOf, fileSlot, NOTHING_WRITTEN, shown } from './files';
import { SplitFailure } from './io-error';

// A signal stops the split: no page starts to be staged after it, and the exit waits for the pages
// being written, so that the exit handler finds every staging file there is to remove.
let stopped = false;
const writing = new Set<Promise<unknown>>();

/** Start no more staging writes, and settle once those under way have. */
export async function stopStaging(): Promise<void> {
  stopped = true;
  await Promise.allSettled([...writing]);
}

/** What applying a plan did. */
export interface Applied {
  written: number;
  removed: number;
  leftovers: number;
}

/**
 * Bring the generated folder up to date, never leaving a page half-written (call it holding the split lock).
 * @param run a number unique to this split among those that may share the folder (its pid)
 */
export async function applyPlan(folder: string, plan: SyncPlan, run = process.pid): Promise<Applied> {
  // Remove the staging files of interrupted splits, write every page to a staging file beside it,
  // move the pages into place one by one in sorted order, then remove the pages no longer produced.
  // A failure while staging removes what was staged, and so changes nothing.
  await inSlots(plan.leftovers, (path) => attempt(join(folder, path), () => rm(join(folder, path), { force: true })));

  const staged = new Set<string>();
  const discard = () => {
    for (const path of staged) rmSync(path, { force: true });
    staged.clear();
  };
  // A split stopped by a signal exits through process.exit, which runs this.
  process.once('exit', discard);
  const created: string[] = [];
  try {
    try {
      await stage(folder, plan, run, staged, created);
    } catch (error) {
      discard();
      await removeEmptyFolders(folder, created);
      throw error;
    }
    // Stopped by a signal while staging: the exit removes what was staged, and nothing is moved.
    if (stopped) return { written: 0, removed: 0, leftovers: plan.leftovers.length };
    await moveIntoPlace(folder, plan, run, staged);
  } finally {
    discard();
    process.off('exit', discard);
  }

  for (const path of plan.remove) {
    await attempt(join(folder, path), () => rm(join(folder, path), { force: true }), `The ${plan.write.length} page(s) to write were written; run split again to finish.`);
  }
  await removeEmptyFolders(folder, plan.remove.map((path) => dirname(path)));
  return { written: plan.write.length, removed: plan.remove.length, leftovers: plan.leftovers.length };
}

/**
 * Write every page of the plan to its staging file, at most FILE_CONCURRENCY at once.
 * @param created gets the folders made for the pages (relative to `folder`), to remove if staging fails
 */
async function stage(folder: string, plan: SyncPlan, run: number, staged: Set<string>, created: string[]): Promise<void> {
  const folders = [...new Set(plan.write.map((file) => dirname(file.path)))].sort(compareText);
  for (const path of folders) {
    // mkdir gives the first folder it had to make: that one and those below it are new.
    const first = await attempt(join(folder, path), () => mkdir(join(folder, path), { recursive: true }));
    if (first !== undefined) created.push(path);
  }
  await inSlots(plan.write, async (file) => {
    const target = join(folder, file.path);
    const existing = await lstat(target).catch(() => null);
    if (existing?.isDirectory()) {
      throw new SplitFailure(`${shown(target)}: a folder is where split writes a page; move or delete the folder, then run split again. ${NOTHING_WRITTEN}`);
    }
    if (stopped) return;
    const staging = join(folder, stagingPathOf(file.path, run));
    staged.add(staging);
    const write = attempt(target, () => writeFile(staging, file.text));
    writing.add(write);
    try {
      await write;
    } finally {
      writing.delete(write);
    }
  });
}

/**
 * Move the staged pages into place in sorted order, so that the folder changes in the same order on
 * every run; synchronously, as a rename through the thread pool takes several times longer.
 */
async function moveIntoPlace(folder: string, plan: SyncPlan, run: number, staged: Set<string>): Promise<void> {
  let moved = 0;
  for (const file of plan.write) {
    const staging = join(folder, stagingPathOf(file.path, run));
    const target = join(folder, file.path);
    try {
      renameSync(staging, target);
    } catch (error) {
      throw await failureOf(error, target,
        moved === 0 ? NOTHING_WRITTEN : `${moved} of ${plan.write.length} page(s) were already replaced, each in full; run split again to finish.`);
    }
    staged.delete(staging);
    moved++;
  }
}

/** Remove the given folders (relative to `folder`) and the folders above them, where they are left empty, deepest first. */
async function removeEmptyFolders(folder: string, folders: readonly string[]): Promise<void> {
  const all = new Set<string>();
  for (const path of folders) {
    for (let current = path; current !== '.' && current !== '/' && current !== ''; current = dirname(current)) all.add(current);
  }
  for (const path of [...all].sort((left, right) => right.length - left.length || compareText(left, right))) {
    // Best effort: a folder that still holds something (or cannot be removed) simply stays.
    await rmdir(join(folder, path)).catch(() => undefined);
  }
}

/**
 * Run work on every item, at most FILE_CONCURRENCY at once, and wait for all of it even when one fails
 * (so that nothing is still being written while a failure is cleaned up); then pass the first failure on.
 */
async function inSlots<Item>(items: readonly Item[], work: (item: Item) => Promise<unknown>): Promise<void> {
  let failed = false;
  const results = await Promise.allSettled(
    items.map((item) =>
      fileSlot(async () => {
        if (failed) return;
        await work(item).catch((error: unknown) => {
          failed = true;
          throw error;
        });
      }),
    ),
  );
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}
