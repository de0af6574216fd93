import { compareText } from '../../shared/text';
import { isUntouched } from '../../shared/mdx/hash';
import type { GeneratedFile } from '../../shared/mdx/pages';

/** What bringing the generated folder up to date would do. */
export interface SyncPlan {
  /** Files to create or replace. */
  write: GeneratedFile[];
  /** Generated files no transcript produces any more. */
  remove: string[];
  /** Files that changed by hand since they were generated: never overwritten without `--force`. */
  edited: string[];
  /** Staging files an interrupted split left behind: removed before writing, and out of date until then. */
  leftovers: string[];
  unchanged: number;
}

/** A staging file: `.01.mdx.<run>.tmp` beside `01.mdx` (any generated file), or `01.mdx.tmp` as older splits named them. */
const STAGING = /(?:^|\/)\.[^/]+\.\d+\.tmp$|\.mdx\.tmp$/;

/** Name the file a page is written to before it is moved into place: hidden, beside it, unique to one run. */
export function stagingPathOf(path: string, run: number): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}.${run}.tmp`;
}

/** Tell whether a file of the generated folder is a staging file (of this run or a dead one). */
export function isStagingPath(path: string): boolean {
  return STAGING.test(path);
}

/**
 * Compare the files a split produces with those on disk.
 * @param existing the generated folder's current files, path → text
 * @param leftovers staging files found in the generated folder
 */
export function planSync(expected: readonly GeneratedFile[], existing: ReadonlyMap<string, string>, leftovers: readonly string[] = []): SyncPlan {
  const plan: SyncPlan = { write: [], remove: [], edited: [], leftovers: [...leftovers].sort(compareText), unchanged: 0 };
  const expectedPaths = new Set(expected.map((file) => file.path));
  for (const file of expected) {
    const current = existing.get(file.path);
    if (current === file.text) plan.unchanged++;
    else {
      plan.write.push(file);
      if (current !== undefined && !isUntouched(current)) plan.edited.push(file.path);
    }
  }
  for (const [path, text] of [...existing].sort(([left], [right]) => compareText(left, right))) {
    if (expectedPaths.has(path)) continue;
    plan.remove.push(path);
    if (!isUntouched(text)) plan.edited.push(path);
  }
  plan.write.sort((left, right) => compareText(left.path, right.path));
  plan.edited.sort(compareText);
  return plan;
}

/** Tell whether a plan would change nothing. */
export function isInSync(plan: SyncPlan): boolean {
  return plan.write.length === 0 && plan.remove.length === 0 && plan.leftovers.length === 0;
}
