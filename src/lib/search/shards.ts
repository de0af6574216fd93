import { compareText } from '../text';

/**
 * A script's search index in shards: Pagefind holds a whole index in memory while it builds (about
 * 0.35 MB a page here), so a bounded number of pages per shard bounds its peak, however large the
 * archive or one conference is. A query searches the shards as Pagefind's merged index; a sorted
 * listing lists each shard on its own, one after the other (src/scripts/search.ts).
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
 * Whole conferences fill each shard up to `size` pages (a conference larger than that is cut into
 * pieces of its own), so a shard's pages change only when its conferences do: a conference added at
 * the end of the archive changes the last shard alone, and the build's cache keeps the others.
 */
export function shardPages(files: readonly string[], size = SHARD_PAGES): string[][] {
  const pages = files
    .flatMap((file) => {
      const match = INDEXED.exec(file);
      return match ? [{ file, conference: match[1] ?? '', number: match[2] === undefined ? 0 : Number(match[2]) }] : [];
    })
    .sort((left, right) => compareText(left.conference, right.conference) || left.number - right.number);
  const limit = Math.max(1, Math.floor(size));
  const shards: string[][] = [];
  let current: string[] = [];
  for (const conference of groupBy(pages, (page) => page.conference)) {
    const files = conference.map((page) => page.file);
    if (current.length + files.length > limit && current.length > 0) {
      shards.push(current);
      current = [];
    }
    for (let start = 0; start < files.length; start += limit) {
      const piece = files.slice(start, start + limit);
      if (piece.length === limit) shards.push(piece);
      else current.push(...piece);
    }
  }
  if (current.length > 0) shards.push(current);
  return shards;
}

/** Group consecutive items with the same key. */
function groupBy<Item>(items: readonly Item[], key: (item: Item) => string): Item[][] {
  const groups: Item[][] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && key(last[0] as Item) === key(item)) last.push(item);
    else groups.push([item]);
  }
  return groups;
}
