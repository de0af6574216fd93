// The search engine behind the dialog: Pagefind's shards of this page's script, each a module of its
// own, and the two ways results come out of them (newest first, shard by shard; or best match first,
// every shard at once, ranked by score).
import type { Script } from '../shared/content/schema';
import type { IndexedAnchor } from '../shared/search/anchor';
import { RECENT_SORT, type ResultOrder } from '../shared/search/order';
import { mayHold, type ShardSpan } from '../shared/search/shards';
import { folder, queryVariants, type ScriptMap } from '../shared/search/script-map';
import type { PagefindFilters } from '../shared/search/state';
import type { FilterCounts } from '../shared/search/term-counts';
import { phraseQuery, termWords } from '../shared/search/segment';
import { hasRun, queryTerms } from '../shared/search/terms';
import { retrying } from './retrying';
import { loadSearchData, loadShard, type PagefindShard } from './search-data';
import { prefetchShard } from './shard-prefetch';
import { pagefindPath } from '../shared/paths';
import { siteHref } from '../shared/site-href';

export interface PagefindResultData {
  url: string;
  content: string;
  raw_content?: string;
  meta: Record<string, string | undefined>;
  anchors: IndexedAnchor[];
}
export interface PagefindResult {
  id: string;
  score: number;
  /** Where the query's words stand in the page (word positions). */
  words: number[];
  data: () => Promise<PagefindResultData>;
}
export interface SearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}
/** One shard as the search uses it. */
export interface Pagefind extends PagefindShard {
  /** Search; once the shard's filter indexes are loaded, `filters` counts the results per filter value. */
  search: (query: string | null, options?: SearchOptions) => Promise<{ results: PagefindResult[]; filters?: FilterCounts } | null>;
  /** Load every filter index of the shard and count its pages per filter value. */
  filters: () => Promise<FilterCounts>;
}

export interface Engine {
  map: ScriptMap;
  fold: (text: string) => string;
  /** How many shards the script's index has, the newest conferences in the first. */
  shards: number;
  /** Each shard's first and last day, newest first (none known: every shard may hold anything). */
  spans: readonly ShardSpan[];
  /** One shard as a module of its own, loaded once (both orders share them). */
  shard: (index: number) => Promise<Pagefind>;
  /** Start fetching what the given shards load first, all at once, ahead of their modules. */
  prefetch: (indexes: readonly number[]) => void;
}

/** What a search has found so far, in the order shown, and how to find more. */
export interface Found {
  results: PagefindResult[];
  /** Whether every shard has been searched (the results are all there are). */
  complete: boolean;
  /** Search the next shard; its results join the end of the list. */
  next: () => Promise<void>;
}

/** A search whose results are all there: nothing more to search. */
export function allFound(results: PagefindResult[] = []): Found {
  return { results, complete: true, next: async () => {} };
}

let engine: (() => Promise<Engine>) | undefined;

/** Load the script map and the shards' list once (again after a failure); the shards themselves load when first searched. */
export function loadEngine(script: Script): Promise<Engine> {
  // The page starts the first shard with the search code; once it is running, the word segmenter is warmed before the engine is ready.
  engine ??= retrying(() =>
    Promise.all([loadSearchData(), loadShard(script, 0).then(() => warmWordSegmenter(script), () => {})]).then(([data]) => {
      const shards = data.shards?.[script] ?? [];
      // The shards whose module was asked for: their files are on their way, or there.
      const asked = new Set([0]);
      return {
        map: data,
        fold: folder(data),
        shards: data.shards?.[script]?.length ?? 1,
        spans: shards,
        shard: (index: number) => {
          asked.add(index);
          return loadShard(script, index, shards[index]?.meta) as Promise<Pagefind>;
        },
        prefetch: (indexes: readonly number[]) => {
          for (const index of indexes) {
            const meta = shards[index]?.meta;
            if (meta && !asked.has(index)) prefetchShard(siteHref(pagefindPath(script, index)), meta);
          }
        },
      };
    }),
  );
  return engine();
}

/**
 * Pagefind splits a Chinese query into words with Intl.Segmenter, whose first use loads the browser's
 * word dictionary (10–15 ms of the page's thread): load it before the first search asks for it.
 */
function warmWordSegmenter(script: Script): void {
  for (const _ of new Intl.Segmenter(script, { granularity: 'word' }).segment('中文')) break;
}

/**
 * Search newest first: one shard after the other, the newest conferences first, each shard's results
 * in the archive's newest-first order (a conference page before its questions). The first results
 * need the first shard alone, whatever the size of the archive; shards outside a date or conference
 * filter are passed by, never loaded. With no query, list what the filters allow.
 */
export function newestFirst(engine: Engine, script: Script, query: string | null, filters: PagefindFilters): Found {
  const needed = neededShards(engine, filters);
  let searched = 0;
  const found: Found = {
    results: [],
    complete: needed.length === 0,
    next: async () => {
      if (found.complete) return;
      const index = searched;
      const shard = await engine.shard(needed[index] ?? 0);
      const results = query === null ? await listed(shard, filters) : await searchShard(shard, engine, script, query, filters);
      if (searched !== index) return;
      searched = index + 1;
      found.results.push(...results);
      found.complete = searched >= needed.length;
    },
  };
  return found;
}

/**
 * Search best match first: every shard the filters may need at once, ranked by score across them
 * (Pagefind scores each page the same way in every shard, as its own merged index does). The shards
 * are the modules the newest-first search loads, so either order reuses what the other has loaded.
 */
export async function bestFirst(engine: Engine, script: Script, query: string, filters: PagefindFilters): Promise<Found> {
  const shards = await loadShards(engine, neededShards(engine, filters));
  const found = await Promise.all(shards.map(async (shard) => byPage(await searchForms(shard, engine.map, script, query, { filters }))));
  return allFound(found.flat().sort((left, right) => right.score - left.score));
}

/** Let Pagefind fetch a query's index chunks in the shards the order searches first (while the reader pauses typing). */
export async function preloadQuery(engine: Engine, script: Script, query: string, order: ResultOrder): Promise<void> {
  const shards = await loadShards(engine, neededShards(engine, {}).slice(0, order === 'relevance' ? undefined : 1));
  await Promise.all(shards.flatMap((shard) => queryVariants(query, engine.map, script).map((form) => shard.preload(queryTerms(form).flatMap(termWords).join(' ')))));
}

/** Load shards all at once, their first files fetched together ahead of their modules. */
function loadShards(engine: Engine, indexes: readonly number[]): Promise<Pagefind[]> {
  engine.prefetch(indexes);
  return Promise.all(indexes.map((index) => engine.shard(index)));
}

/** The shards, newest first, that may hold pages the filters allow (by their spans). */
function neededShards(engine: Engine, filters: PagefindFilters): number[] {
  return Array.from({ length: engine.shards }, (_, index) => index).filter((index) => mayHold(engine.spans[index], filters));
}

/** Every page of a shard the filters allow, newest first. */
async function listed(shard: Pagefind, filters: PagefindFilters): Promise<PagefindResult[]> {
  return (await shard.search(null, { filters, sort: { [RECENT_SORT]: 'asc' } }))?.results ?? [];
}

/** Search one shard newest first; every term the reader typed must occur in it. */
async function searchShard(shard: Pagefind, engine: Engine, script: Script, query: string, filters: PagefindFilters): Promise<PagefindResult[]> {
  const results = byPage(await searchForms(shard, engine.map, script, query, { filters, sort: { [RECENT_SORT]: 'asc' } }));
  if (queryVariants(query, engine.map, script).length === 1) return results;
  // Several written forms: their listings interleave by the shard's own newest-first order.
  const order = await recentOrder(shard);
  return results.sort((left, right) => (order.get(left.id) ?? 0) - (order.get(right.id) ?? 0));
}

const orders = new WeakMap<Pagefind, Promise<Map<string, number>>>();
/** The place of each page of a shard in its newest-first order, read once. */
function recentOrder(shard: Pagefind): Promise<Map<string, number>> {
  let order = orders.get(shard);
  if (!order) {
    order = listed(shard, {}).then((pages) => new Map(pages.map((page, index) => [page.id, index])));
    orders.set(shard, order);
  }
  return order;
}

/** Search every written form of a query in the page's script. */
async function searchForms(pagefind: Pagefind, map: ScriptMap, script: Script, query: string, options: SearchOptions): Promise<PagefindResult[]> {
  const responses = await Promise.all(queryVariants(query, map, script).map((variant) => searchForm(pagefind, variant, options)));
  return responses.flat();
}

/**
 * Search one written form of a query: the pages that hold every term the reader typed, each term's
 * words in a row, listed in the order asked for (by score when no sort is given). Pagefind silently
 * drops words its index does not hold, so `<script>alert(1)` would find every "1": each term is
 * searched on its own, and a page must be found by all of them.
 */
async function searchForm(pagefind: Pagefind, form: string, options: SearchOptions): Promise<PagefindResult[]> {
  const terms = queryTerms(form).map(termWords).filter((words) => words.length > 0);
  const [first] = terms;
  if (!first) return [];
  // The same query may be asked twice (a term's words, then all words for their scores): Pagefind
  // searches a shard again each time, so each query is searched once.
  const asked = new Map<string, Promise<PagefindResult[]>>();
  const searchOnce = (query: string) => {
    let results = asked.get(query);
    if (!results) asked.set(query, (results = search(pagefind, query, options)));
    return results;
  };
  const perTerm = await Promise.all(terms.map((words) => termResults(searchOnce, words)));
  // In a sort, any term's listing is in that order; by score, all the words are scored together (a phrase's own matches all score 1).
  const listing = options.sort || (terms.length === 1 && first.length === 1) ? (perTerm[0] ?? []) : await searchOnce(terms.flat().join(' '));
  const found = perTerm.map((results) => new Set(results.map((result) => result.id)));
  return listing.filter((result) => found.every((ids) => ids.has(result.id)));
}

/**
 * Find the pages that hold a term's words in a row (its characters, for Chinese). Where they stand
 * nowhere in a row as typed, they are looked for with a few marks between them: a sentence retyped
 * without its commas. The session then keeps the pages whose text holds the term (`holdsEvery`).
 */
async function termResults(search: (query: string) => Promise<PagefindResult[]>, words: readonly string[]): Promise<PagefindResult[]> {
  if (words.length === 1) return search(words[0] ?? '');
  const inARow = await search(phraseQuery(words));
  if (inARow.length > 0) return inARow;
  return (await search(words.join(' '))).filter((result) => hasRun(result.words, words.length));
}

/** Search a shard for a query as Pagefind reads it. */
async function search(pagefind: Pagefind, query: string, options: SearchOptions): Promise<PagefindResult[]> {
  return (await pagefind.search(query, options))?.results ?? [];
}

/** Keep one result per page (the best scored, first found on a tie), in the order first found. */
function byPage(results: readonly PagefindResult[]): PagefindResult[] {
  const best = new Map<string, PagefindResult>();
  for (const result of results) {
    const seen = best.get(result.id);
    if (!seen || seen.score < result.score) best.set(result.id, result);
  }
  return [...best.values()];
}
