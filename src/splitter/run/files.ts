import { lstat, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { SourceFile } from '../archive/build';
import { createLimit } from '../../shared/concurrency';
import { paths } from '../../../scripts/paths';
import { ioErrorMessage, SplitFailure } from './io-error';

/**
 * The most file operations split runs at once. Each holds a file descriptor: thousands at once fail
 * with EMFILE under a usual limit of 1,024 (256 on macOS), while a few dozen keep the disk busy.
 */
export const FILE_CONCURRENCY = 32;

/** Run one file operation as soon as one of the FILE_CONCURRENCY slots is free. */
export const fileSlot = createLimit(FILE_CONCURRENCY);

/** What split says after a failure when it has not changed anything. */
export const NOTHING_WRITTEN = 'Nothing was written.';

/** Give a path as a person knows it: relative to the project, with `/`. */
export function shown(path: string): string {
  return relativePath(paths.root, path) || '.';
}

/** Give a path relative to a folder, `/`-separated on every system. */
export function relativePath(folder: string, path: string): string {
  return relative(folder, path).split('\\').join('/');
}

/** Tell whether an error is a system error with one of the given codes. */
export function hasCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === 'object' && error !== null && codes.includes((error as { code?: string }).code ?? '');
}

/**
 * Run a file operation on a path, turning its failure into a one-line message that names the path.
 * @param state what the failure leaves, said after the remedy
 */
export async function attempt<Result>(path: string, work: () => Promise<Result>, state = NOTHING_WRITTEN): Promise<Result> {
  try {
    return await work();
  } catch (error) {
    throw await failureOf(error, path, state);
  }
}

/** Turn a system error of a file operation into the one-line failure split reports (other errors are thrown on). */
export async function failureOf(error: unknown, path: string, state = NOTHING_WRITTEN): Promise<SplitFailure> {
  if (error instanceof SplitFailure) return error;
  // A bug or a lock held by another split is not a file-system failure: let it through unchanged.
  if (!isSystemError(error)) throw error;
  // Name the file that stands where a folder should be, not the path below it that could not be made.
  const where = hasCode(error, 'ENOTDIR', 'EEXIST') ? ((await fileInTheWay(path)) ?? path) : path;
  return new SplitFailure(`${ioErrorMessage(error, shown(where))} ${state}`.trim(), { cause: error });
}

/** Tell whether an error comes from a failed system call (it has a code such as ENOENT). */
function isSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}

/** Find the nearest path at or above `path` that exists but is not a folder. */
async function fileInTheWay(path: string): Promise<string | undefined> {
  for (let current = path; current !== dirname(current); current = dirname(current)) {
    const stats = await lstat(current).catch(() => undefined);
    if (stats) return stats.isDirectory() ? undefined : current;
  }
  return undefined;
}

/**
 * List the regular files under a folder, sorted, by `/`-separated path relative to it.
 * @param optional whether a missing folder lists as empty (no editorial files, nothing generated yet)
 */
export async function listFiles(folder: string, optional: boolean): Promise<string[]> {
  try {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => relativePath(folder, join(entry.parentPath, entry.name)))
      .sort();
  } catch (error) {
    if (!hasCode(error, 'ENOENT')) throw await failureOf(error, folder);
    if (optional) return [];
    throw new SplitFailure(`${shown(folder)}: the folder is missing; run split in the project folder (or set DAWENLU_ROOT to it). ${NOTHING_WRITTEN}`);
  }
}

/**
 * Read some files of a folder, at most FILE_CONCURRENCY at once, keeping their order.
 * @param base the folder the returned paths are relative to
 */
export function readFiles<Content>(
  folder: string,
  names: readonly string[],
  base: string,
  read: (path: string) => Promise<Content>,
): Promise<SourceFile<Content>[]> {
  return Promise.all(
    names.map((name) => {
      const path = join(folder, name);
      return fileSlot(() => attempt(path, async () => ({ path: relativePath(base, path), content: await read(path) })));
    }),
  );
}
