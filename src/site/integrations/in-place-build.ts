import { rmdirSync, rmSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createLimit } from '../../shared/concurrency';
import { compareText } from '../../shared/text';

/** Folders listed at once: enough to keep the disk busy when a large build has pushed them out of memory, not so many as to run out of file descriptors. */
const FOLDER_READS = 16;

/**
 * Remove what an earlier build left in `dist` that this build did not write or keep: a file is kept
 * when a route of this build claims it (Astro lists every page and endpoint it rendered or kept),
 * when it was written, copied, moved or linked there since the build started, or when what it
 * belongs to is kept elsewhere (a folder of the search index, which the index keeps itself: it is
 * not even listed); then empty folders go.
 * @param keptElsewhere tells, of a path relative to `dist` (a folder's ending in `/`), whether it is kept elsewhere
 * @returns how many files were removed
 */
export async function removeStaleOutput(dist: string, claimed: ReadonlySet<string>, startedMs: number, keptElsewhere: (path: string) => boolean = () => false): Promise<number> {
  const { files, folders } = await listTree(dist, (folder) => keptElsewhere(`${relativePath(dist, folder)}/`));
  // What each folder still holds: its files kept, and its folders not removed (counted as they go).
  const holds = new Map(folders.map((folder) => [folder.path, folder.entries]));
  let removed = 0;
  for (const { path, folder } of files) {
    // Most files are claimed pages: those need no status read.
    if (claimed.has(path) || keptElsewhere(relativePath(dist, path)) || changedSince(path, startedMs)) continue;
    rmSync(path);
    removed++;
    holds.set(folder, (holds.get(folder) ?? 1) - 1);
  }
  // Deepest first, so that a folder left empty by its own empty folders goes too.
  for (const { path, parent } of [...folders].reverse()) {
    if (parent === undefined || holds.get(path) !== 0) continue;
    rmdirSync(path);
    holds.set(parent, (holds.get(parent) ?? 1) - 1);
  }
  return removed;
}

/** A tree's files, each with its folder, and its folders, each after its parent, with how many entries each holds. */
interface Tree {
  files: { path: string; folder: string }[];
  folders: { path: string; parent: string | undefined; entries: number }[];
}

/** List a tree, a few folders at a time; a folder `passBy` names is counted as an entry of its parent, and not listed. */
async function listTree(root: string, passBy: (folder: string) => boolean): Promise<Tree> {
  const tree: Tree = { files: [], folders: [] };
  const limit = createLimit(FOLDER_READS);
  const visit = async (path: string, parent: string | undefined): Promise<void> => {
    const entries = await limit(() => readdir(path, { withFileTypes: true }));
    tree.folders.push({ path, parent, entries: entries.length });
    const below: Promise<void>[] = [];
    for (const entry of entries) {
      const child = join(path, entry.name);
      if (!entry.isDirectory()) tree.files.push({ path: child, folder: path });
      else if (!passBy(child)) below.push(visit(child, path));
    }
    await Promise.all(below);
  };
  await visit(root, undefined);
  // Listed in the order folders were read, which varies: put each after its parent, in path order.
  tree.folders.sort((left, right) => compareText(left.path, right.path));
  return tree;
}
/** Give a path relative to `dist`, with `/` between its parts. */
function relativePath(dist: string, path: string): string {
  return relative(dist, path).split(sep).join('/');
}

/** Tell whether a file was written, or its status changed (moved, linked), since a time. */
function changedSince(path: string, startedMs: number): boolean {
  const { mtimeMs, ctimeMs } = statSync(path);
  return mtimeMs >= startedMs || ctimeMs >= startedMs;
}

export interface InPlaceOptions {
  /** Tell, of a path relative to `dist/` (a folder's ending in `/`), whether something else keeps it up to date. */
  keptElsewhere?: (path: string) => boolean;
  /** The files (absolute paths) other integrations produced this build, written or left as they were. */
  alsoClaimed?: () => Iterable<string>;
}

/**
 * Build in place: Astro leaves `dist/` as it is rather than emptying it, so a page its incremental
 * build keeps stays where it is, neither deleted nor copied back from Astro's cache (at 32,000 pages,
 * minutes of disk work on a busy machine); once every integration has written its files, whatever
 * this build did not produce is removed, so `dist/` holds what a clean build gives. Must be the last
 * integration.
 */
export function inPlaceBuild({ keptElsewhere, alsoClaimed = () => [] }: InPlaceOptions = {}): AstroIntegration {
  let started = 0;
  return {
    name: 'dawenlu:in-place-build',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const claimed = new Set([...[...assets.values()].flat().map((url) => fileURLToPath(url)), ...alsoClaimed()]);
        const removed = await removeStaleOutput(fileURLToPath(dir), claimed, started, keptElsewhere);
        if (removed > 0) logger.info(`Removed ${removed} file(s) of an earlier build that this one no longer has.`);
      },
    },
  };
}
