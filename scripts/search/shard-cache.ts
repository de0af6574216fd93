/**
 * Built shards of the search index, kept between builds by what they are made of: a shard whose
 * pages are byte for byte the same as last time is copied, not indexed again (adding a conference
 * to the end of the archive rebuilds only the last shard of each script).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { EXCLUDED_FROM_INDEX } from '../../src/lib/search/index-rules';
import { PAGEFIND_SCRIPT_TUNING } from '../../src/lib/search/pagefind-script';
import { paths } from '../paths';
import type { IndexedPage } from './index-shard';

/** Beside the split's cache, out of version control. */
export const SHARD_CACHE = join(paths.root, 'node_modules/.cache/dawenlu/pagefind');
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

/** Remove every cached shard but those of this build, so the cache holds one archive's shards at most. */
export async function pruneShardCache(keep: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(SHARD_CACHE).catch(() => [] as string[]);
  await Promise.all(entries.filter((name) => !keep.has(name)).map((name) => rm(join(SHARD_CACHE, name), { recursive: true, force: true })));
}
