import { compareText } from '../text';

/**
 * A script's search index in shards: Pagefind holds a whole index in memory while it builds (about
 * 0.35 MB a page here), so a bounded number of pages per shard bounds its peak, however large the
 * archive or one conference is. Newest first, the search lists the shards one after the other,
 * the newest first, so its first results come from one shard whatever the archive's size; best match
 * first, it searches them all and ranks their results by score (src/browser/search-engine.ts).
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
 * Split a script's conference and question pages into shards, listed newest first: the search lists
 * them one after the other, and each shard lists its pages newest conference first, each conference
 * in its own order (`recentKey`), so the whole archive comes out newest first.
 *
 * Whole conferences, in the archive's order, fill each shard up to `size` pages, so a shard's pages
 * change only when its conferences do: a conference added after the others changes the newest shard
 * alone, and the build's cache keeps the rest. A conference larger than `size` is cut into shards of
 * its own, kept in its order.
 */
export function shardPages(files: readonly string[], size = SHARD_PAGES): string[][] {
  const pages = files
    .flatMap((file) => {
      const match = INDEXED.exec(file);
      return match ? [{ file, conference: match[1] ?? '', number: match[2] === undefined ? 0 : Number(match[2]) }] : [];
    })
    .sort((left, right) => compareText(left.conference, right.conference) || left.number - right.number);
  const limit = Math.max(1, Math.floor(size));
  // Runs of shards whose order is kept when the runs are listed newest first: one shard of whole
  // conferences, or the pieces of one long conference.
  const runs: string[][][] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length > 0) runs.push([current]);
    current = [];
  };
  for (const conference of groupBy(pages, (page) => page.conference)) {
    const files = conference.map((page) => page.file);
    if (files.length > limit) {
      close();
      runs.push(Array.from({ length: Math.ceil(files.length / limit) }, (_, index) => files.slice(index * limit, (index + 1) * limit)));
      continue;
    }
    if (current.length + files.length > limit) close();
    current.push(...files);
  }
  close();
  return runs.reverse().flat();
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
