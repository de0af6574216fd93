import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Remove what an earlier build left in `dist` that this build did not write or keep: a file is kept
 * when a route of this build claims it (Astro lists every page and endpoint it rendered or kept),
 * when it was written, copied, moved or linked there since the build started, or when what it
 * belongs to is kept elsewhere (a folder of the search index, which the index keeps itself: it is
 * not even listed); then empty folders go.
 * @param keptElsewhere tells, of a path relative to `dist` (a folder's ending in `/`), whether it is kept elsewhere
 * @returns how many files were removed
 */
export function removeStaleOutput(dist: string, claimed: ReadonlySet<string>, startedMs: number, keptElsewhere: (path: string) => boolean = () => false): number {
  let removed = 0;
  const visit = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (keptElsewhere(`${relativePath(dist, path)}/`)) empty = false;
        else if (visit(path)) rmdirSync(path);
        else empty = false;
        continue;
      }
      // Most files are claimed pages: those need no status read.
      if (claimed.has(path) || keptElsewhere(relativePath(dist, path)) || changedSince(path, startedMs)) {
        empty = false;
        continue;
      }
      rmSync(path);
      removed++;
    }
    return empty;
  };
  visit(dist);
  return removed;
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
      'astro:build:done': ({ dir, assets, logger }) => {
        const claimed = new Set([...[...assets.values()].flat().map((url) => fileURLToPath(url)), ...alsoClaimed()]);
        const removed = removeStaleOutput(fileURLToPath(dir), claimed, started, keptElsewhere);
        if (removed > 0) logger.info(`Removed ${removed} file(s) of an earlier build that this one no longer has.`);
      },
    },
  };
}
