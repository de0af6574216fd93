import { compareText } from '../text';
import type { PagefindFilters } from './state';

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

/** The first and last day of the conferences a shard holds (`YYYY-MM-DD`). */
export interface ShardSpan {
  from: string;
  to: string;
}

/** Give the span of a shard from its pages (`2024-03-07-wang-yi/05/index.html`, as `shardPages` lists them). */
export function shardSpan(files: readonly string[]): ShardSpan {
  const days = files.flatMap((file) => dayOf(INDEXED.exec(file)?.[1] ?? '') ?? []).sort(compareText);
  const [from, to] = [days[0], days.at(-1)];
  if (!from || !to) throw new Error(`A shard holds no conference or question page: ${files.slice(0, 3).join(', ')}`);
  return { from, to };
}

/** The day a conference id (`2024-03-07-wang-yi`) or a date begins with. */
function dayOf(text: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0];
}

/**
 * Tell whether a shard may hold pages that a search's filters allow: a date or a conference (its id
 * begins with its day) outside the shard's span rules it out; other filters cannot. A shard of
 * unknown span may hold anything.
 */
export function mayHold(span: ShardSpan | undefined, filters: PagefindFilters): boolean {
  if (!span) return true;
  const within = (value: string) => {
    const day = dayOf(value);
    return day === undefined || (compareText(day, span.from) >= 0 && compareText(day, span.to) <= 0);
  };
  return (['date', 'conference'] as const).every((key) => {
    const filter = filters[key];
    if (filter === undefined) return true;
    if (typeof filter === 'string') return within(filter);
    return 'any' in filter ? filter.any.some(within) : filter.all.every(within);
  });
}

/**
 * Parts the newest shard is cut into, while it fills: a conference added to the archive changes the
 * newest part alone, so a build indexes at most a quarter of a shard's pages again (once a shard is
 * full, its parts are one shard, indexed once).
 */
export const OPEN_SHARD_PARTS = 4;

/**
 * Split a script's conference and question pages into shards, listed newest first: the search lists
 * them one after the other, and each shard lists its pages newest conference first, each conference
 * in its own order (`recentKey`), so the whole archive comes out newest first.
 *
 * Whole conferences, in the archive's order, fill each shard up to `size` pages, so a shard's pages
 * change only when its conferences do: a conference added after the others changes the newest shard
 * alone, and the build's cache keeps the rest. The newest shard, still filling, comes in parts of
 * `size / OPEN_SHARD_PARTS` pages, so that only its newest part changes. A conference larger than
 * `size` is cut into shards of its own, kept in its order.
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
  // conferences, the pieces of one long conference, or the parts of the newest shard (newest first).
  const runs: string[][][] = [];
  let open: string[][] = [];
  let count = 0;
  const close = () => {
    if (count > 0) runs.push([open.flat()]);
    open = [];
    count = 0;
  };
  for (const conference of groupBy(pages, (page) => page.conference)) {
    const files = conference.map((page) => page.file);
    if (files.length > limit) {
      close();
      runs.push(Array.from({ length: Math.ceil(files.length / limit) }, (_, index) => files.slice(index * limit, (index + 1) * limit)));
      continue;
    }
    if (count + files.length > limit) close();
    open.push(files);
    count += files.length;
  }
  if (count > 0) runs.push(fill(open, Math.ceil(limit / OPEN_SHARD_PARTS)).reverse());
  return runs.reverse().flat();
}

/** Fill parts of at most `size` pages with whole conferences, in order (a larger conference is a part of its own). */
function fill(conferences: readonly string[][], size: number): string[][] {
  const parts: string[][] = [];
  for (const files of conferences) {
    const last = parts.at(-1);
    if (last && last.length + files.length <= size) last.push(...files);
    else parts.push([...files]);
  }
  return parts;
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
