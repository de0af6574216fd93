/**
 * Built shards of the search index, kept between builds by what they are made of: a shard whose
 * pages are byte for byte the same as last time is placed again, not indexed again (adding a conference
 * to the end of the archive rebuilds only the newest part of each script's index). A build copies a
 * cached shard's files into dist/, never links them, so nothing written into dist/ reaches the cache;
 * each cached shard also has a digest of its files beside it, and a shard that no longer matches its
 * digest (a cache damaged on disk) is indexed again rather than placed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { mapLimit } from '../shared/concurrency';
import { compareText } from '../shared/text';
import { EXCLUDED_FROM_INDEX } from './index-rules';
import { PAGEFIND_SCRIPT_TUNING } from './pagefind-script';
import type { IndexedPage } from './index-shard';

/** Give a project's folder of cached shards: beside the split's cache, out of version control. */
export function shardCacheIn(root: string): string {
  return join(root, 'node_modules/.cache/dawenlu/pagefind');
}
/** The Pagefind this checkout runs (its package does not export package.json). */
const PAGEFIND_PACKAGE = join(import.meta.dirname, '../../node_modules/pagefind/package.json');

/** What every shard's bundle is made with: Pagefind's version and settings (read once). */
let settings: Promise<string> | undefined;
function indexSettings(): Promise<string> {
  settings ??= readFile(PAGEFIND_PACKAGE, 'utf8').then((text) => `pagefind ${(JSON.parse(text) as { version: string }).version}\0${EXCLUDED_FROM_INDEX.join(',')}\0${PAGEFIND_SCRIPT_TUNING}\0`);
  return settings;
}

/**
 * Key a shard by everything its bundle is made of: Pagefind's version and settings, and each page's
 * path and the part of it Pagefind indexes (a site-wide change of style, script or menu keeps it).
 */
export async function shardKey(documents: readonly IndexedPage[]): Promise<string> {
  const hash = createHash('sha256').update(await indexSettings());
  for (const { sourcePath, content } of documents) hash.update(sourcePath).update('\0').update(content).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** The file beside a cached shard's folder that holds the digest of its files. */
export function digestFileOf(cached: string): string {
  return `${cached}${DIGEST_SUFFIX}`;
}

const DIGEST_SUFFIX = '.sha256';

/**
 * Give the digest of a shard's files: every path and its bytes, in sorted order. Read synchronously:
 * a shard is thousands of small files, which the thread pool reads several times slower.
 */
export function shardDigest(folder: string): string {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort(compareText);
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(folder, file))).update('\0');
  return hash.digest('hex');
}

/** Record the digest of a shard's files (before it is moved into the cache, so a cached shard always has one). */
export async function writeShardDigest(bundle: string, cached: string): Promise<void> {
  await writeFile(digestFileOf(cached), `${shardDigest(bundle)}\n`);
}

/** Tell whether a cached shard is still what was cached: its files match the digest written with it. */
export async function isIntact(cached: string): Promise<boolean> {
  const recorded = await readFile(digestFileOf(cached), 'utf8').catch(() => undefined);
  if (recorded === undefined) return false;
  try {
    return recorded.trim() === shardDigest(cached);
  } catch {
    return false;
  }
}

/** Remove a cached shard and its digest. */
export async function removeCachedShard(cached: string): Promise<void> {
  await rm(cached, { recursive: true, force: true });
  await rm(digestFileOf(cached), { force: true });
}

/** Remove every cached shard but those of this build, so the cache holds one archive's shards at most. */
export async function pruneShardCache(keep: ReadonlySet<string>, cache: string): Promise<void> {
  const entries = await readdir(cache).catch(() => [] as string[]);
  const kept = (name: string) => keep.has(name.endsWith(DIGEST_SUFFIX) ? name.slice(0, -DIGEST_SUFFIX.length) : name);
  await Promise.all(entries.filter((name) => !kept(name)).map((name) => rm(join(cache, name), { recursive: true, force: true })));
}

/** Files copied at once (a shard is thousands of files; never all open at once). */
const CONCURRENT_FILES = 16;

/** Put a cached shard at `target`, replacing what was there, as copies of its files: dist/ never shares a file with the cache. */
export async function placeShard(cached: string, target: string): Promise<void> {
  await rm(target, { recursive: true, force: true });
  const entries = await readdir(cached, { recursive: true, withFileTypes: true });
  const folders = [cached, ...entries.filter((entry) => entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name))];
  for (const folder of folders) await mkdir(join(target, relative(cached, folder)), { recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => relative(cached, join(entry.parentPath, entry.name)));
  await mapLimit(files, CONCURRENT_FILES, (file) => copyFile(join(cached, file), join(target, file)));
}
