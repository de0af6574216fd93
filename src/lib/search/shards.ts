import { compareText } from '../text';

/**
 * A script's search index in shards: Pagefind holds a whole index in memory while it builds (about
 * 300 KB a page here), so a bounded number of pages per shard bounds its peak, however large the
 * archive or one conference is. The search loads every shard and merges their results itself:
 * Pagefind's own `mergeIndex` re-sorts merged results by score, which scrambles sorted browsing.
 */

/**
 * Pages per shard at the most: about 1.5 GB of Pagefind's memory at its peak (it builds the index
 * chunks at the end of a shard, at about 0.35 MB a page here), so that two shards built at once
 * fit an ordinary machine. Fewer, larger shards make a cold search load fewer files.
 */
export const SHARD_PAGES = 4000;

// `2024-03-07-wang-yi/index.html` (a conference) or `2024-03-07-wang-yi/05/index.html` (a question).
const INDEXED = /^(\d{4}-\d{2}-\d{2}-[^/]+)\/(?:(\d+)\/)?index\.html$/u;

/** Give the built page of a generated file: `<id>/index.mdx` → `<id>/index.html`, `<id>/05.mdx` → `<id>/05/index.html`. */
export function pageOfGeneratedFile(file: string): string {
  return file.endsWith('/index.mdx') ? file.replace(/index\.mdx$/, 'index.html') : file.replace(/\.mdx$/, '/index.html');
}

/**
 * Split a script's conference and question pages into shards in archive order — each conference,
 * then its questions — so that results listed in that order come out of the shards in that order.
 * The shards are as few as `size` allows and of even sizes (15,015 pages in 4,000s: four of 3,754,
 * not three of 4,000 and one of 3,015), so that no shard is much slower to build or search than the others.
 */
export function shardPages(files: readonly string[], size = SHARD_PAGES): string[][] {
  const pages = files
    .flatMap((file) => {
      const match = INDEXED.exec(file);
      return match ? [{ file, conference: match[1] ?? '', number: match[2] === undefined ? 0 : Number(match[2]) }] : [];
    })
    .sort((left, right) => compareText(left.conference, right.conference) || left.number - right.number);
  const count = Math.ceil(pages.length / Math.max(1, Math.floor(size)));
  const step = Math.ceil(pages.length / Math.max(1, count));
  const shards: string[][] = [];
  for (let start = 0; start < pages.length; start += step) shards.push(pages.slice(start, start + step).map((page) => page.file));
  return shards;
}

/**
 * Merge the results of one search in every shard: by score for a query (as one index would rank
 * them), or shard after shard for a sorted listing (the shards hold the archive in order).
 */
export function mergeShardResults<Result extends { score: number }>(lists: readonly (readonly Result[])[], sorted: boolean): Result[] {
  const all = lists.flat();
  return sorted ? all : all.sort((left, right) => right.score - left.score);
}

/** Add up the filter counts of every shard (`outlet → 彭博社 → 1`). */
export function mergeFilterCounts(lists: readonly Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const merged: Record<string, Record<string, number>> = {};
  for (const list of lists) {
    for (const [name, values] of Object.entries(list)) {
      const target = (merged[name] ??= {});
      for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
    }
  }
  return merged;
}
