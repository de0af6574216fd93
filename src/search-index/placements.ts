/**
 * What the last build left in each shard folder of dist/, so that a build in place can leave a shard
 * where it is, or move it, without reading its pages again: the shard's key, and the size and
 * modification time of each of its pages and files as they stood. A page Astro kept from its cache is
 * untouched on disk, so its stamp is unchanged; a page rendered again, a file written to or a file
 * removed changes a stamp, and the shard is then read and keyed as on a clean build.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { compareText } from '../shared/text';

/** A file's path (relative to its folder), size and modification time. */
export type Stamp = readonly [path: string, size: number, modified: number];

/** One shard folder as a build left it. */
export interface Placement {
  key: string;
  /** Its pages in dist/, in shard order. */
  pages: Stamp[];
  /** Its files, in path order. */
  files: Stamp[];
}

/** Placements by shard folder (`pagefind-2`, `zh-hant/pagefind`). */
export type Placements = Record<string, Placement>;

/** A file the site writes into the first shard's folder, not part of the shard (src/pages/pagefind/script-map.json.ts). */
const NOT_OF_THE_SHARD = new Set(['script-map.json']);

/** Stamp files of a folder by their paths relative to it; a file that is gone has size -1. */
export function stampsOf(folder: string, paths: readonly string[]): Stamp[] {
  return paths.map((path) => {
    try {
      const { size, mtimeMs } = statSync(join(folder, path));
      return [path, size, mtimeMs] as const;
    } catch {
      return [path, -1, 0] as const;
    }
  });
}

/** Stamp every file of a shard folder, in path order (none if it is absent). */
export function folderStamps(folder: string): Stamp[] {
  let entries;
  try {
    entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !NOT_OF_THE_SHARD.has(path))
    .sort(compareText);
  return stampsOf(folder, files);
}

/** Tell whether two lists of stamps are the same files as they stood. */
export function sameStamps(left: readonly Stamp[], right: readonly Stamp[]): boolean {
  return left.length === right.length && left.every((stamp, index) => {
    const other = right[index]!;
    return stamp[0] === other[0] && stamp[1] === other[1] && stamp[2] === other[2] && stamp[1] >= 0;
  });
}

/**
 * Find the folder that holds, untouched, the shard of these pages as they stand: the folder a shard
 * of the same pages was placed in, with the same stamps then and now, its files as placed.
 */
export function placedShard(placements: Placements, pages: readonly Stamp[], dist: string): { folder: string; key: string } | undefined {
  for (const [folder, placement] of Object.entries(placements)) {
    if (sameStamps(placement.pages, pages) && sameStamps(placement.files, folderStamps(join(dist, folder)))) return { folder, key: placement.key };
  }
  return undefined;
}

/** Read the placements the last build recorded (none when there are none or they cannot be read). */
export async function readPlacements(file: string): Promise<Placements> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    // A record of another shape is no record: every shard is then read and keyed.
    const isStamp = (stamp: unknown) => Array.isArray(stamp) && stamp.length === 3 && typeof stamp[0] === 'string' && typeof stamp[1] === 'number' && typeof stamp[2] === 'number';
    const valid = Object.values(parsed).every(
      (placement: Partial<Placement>) =>
        typeof placement?.key === 'string' && Array.isArray(placement.pages) && placement.pages.every(isStamp) && Array.isArray(placement.files) && placement.files.every(isStamp),
    );
    return valid ? (parsed as Placements) : {};
  } catch {
    return {};
  }
}

/** Record the placements of this build. */
export async function writePlacements(file: string, placements: Placements): Promise<void> {
  await writeFile(file, JSON.stringify(placements));
}
