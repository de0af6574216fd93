// How often a search's terms were said, from Pagefind's filter counts: every shard's counts of the
// matching question pages per year and per answerer, and of every question page per year. Loaded with
// the chart, when the reader opens it: counting loads each shard's filter indexes, which the search
// itself never needs for its first results.
import type { Script } from '../shared/content/schema';
import { QUESTION_YEAR } from '../shared/search/filters';
import { queryVariants } from '../shared/search/script-map';
import { phraseQuery, termWords } from '../shared/search/segment';
import type { PagefindFilters } from '../shared/search/state';
import { hasRun, holdsEvery, queryTerms } from '../shared/search/terms';
import { sumCounts, type FilterCounts } from '../shared/search/term-counts';
import type { Engine, Pagefind, PagefindResult } from './search-engine';

/** The filters counted: the year only question pages carry, and the answerer. */
export const COUNTED = [QUESTION_YEAR, 'answerer'] as const;

/** What the chart shows: the matching question pages, and every question page, counted per filter value. */
export interface TermCounts {
  matching: FilterCounts;
  all: FilterCounts;
}

/**
 * Count a search's matching question pages per year and per answerer, and every question page per
 * year, over every shard of the script's index (the sum of each shard's counts).
 * @param query what the reader typed, or null to count what the filters alone allow
 */
export async function countMatches(engine: Engine, script: Script, query: string | null, filters: PagefindFilters): Promise<TermCounts> {
  const shards = await Promise.all(Array.from({ length: engine.shards }, (_, index) => engine.shard(index)));
  const counted = await Promise.all(
    shards.map(async (shard) => {
      // Every filter index of the shard loads here, so that its searches count their results per value.
      const all = picked(await shard.filters());
      return { all, matching: await shardMatches(shard, engine, script, query, filters) };
    }),
  );
  return { matching: sumCounts(counted.map((shard) => shard.matching)), all: sumCounts(counted.map((shard) => shard.all)) };
}

/**
 * Count one shard's matching pages per value. With nothing typed, or one word (a Han character, a
 * Latin word) in one written form, one search of Pagefind's gives the counts. Otherwise Pagefind's
 * counts are too many — it counts a phrase's values over the pages that hold its words anywhere, not
 * in a row — so the matching pages are found as the results find them, and counted by value: those
 * among the pages each value's filter lists.
 */
async function shardMatches(shard: Pagefind, engine: Engine, script: Script, query: string | null, filters: PagefindFilters): Promise<FilterCounts> {
  if (query === null) return picked((await shard.search(null, { filters }))?.filters);
  const forms = queryVariants(query, engine.map, script)
    .map((form) => queryTerms(form).map(termWords).filter((words) => words.length > 0))
    .filter((terms) => terms.length > 0);
  const [only] = forms;
  if (!only) return {};
  const word = forms.length === 1 && only.length === 1 && only[0]?.length === 1 ? only[0][0] : undefined;
  if (word !== undefined) return picked((await shard.search(word, { filters }))?.filters);

  const matching = await matchingPages(shard, engine, query, forms, filters);
  const counts: FilterCounts = {};
  if (matching.size === 0) return picked(counts);
  // The values worth listing: those Pagefind counts for the words anywhere (more pages than match, never fewer).
  const candidates = sumCounts(await Promise.all(forms.map(async (terms) => picked((await shard.search(terms.flat().join(' '), { filters }))?.filters))));
  for (const key of COUNTED) {
    const values = Object.entries(candidates[key] ?? {}).filter(([, count]) => count > 0);
    const found = await Promise.all(
      values.map(async ([value]) => {
        const listed = (await shard.search(null, { filters: withValue(filters, key, value) }))?.results ?? [];
        return [value, listed.filter((result) => matching.has(result.id)).length] as const;
      }),
    );
    counts[key] = Object.fromEntries(found);
  }
  return counts;
}

/**
 * Find the pages of a shard the search's results show: found by every term of a written form (each
 * term's words in a row), in any form. A term whose words stand nowhere in a row is found with a few
 * marks between them, as the results find it, and such a page is kept, as the results keep it, only if
 * its text holds every term (`holdsEvery`); only those pages are read.
 */
async function matchingPages(shard: Pagefind, engine: Engine, query: string, forms: string[][][], filters: PagefindFilters): Promise<Set<string>> {
  const found = new Set<string>();
  const loose = new Map<string, PagefindResult>();
  for (const terms of forms) {
    let pages: Set<string> | undefined;
    for (const words of terms) {
      let results = (await shard.search(phraseQuery(words), { filters }))?.results ?? [];
      if (words.length > 1 && results.length === 0) {
        results = ((await shard.search(words.join(' '), { filters }))?.results ?? []).filter((result) => hasRun(result.words, words.length));
        for (const result of results) loose.set(result.id, result);
      }
      const ids = new Set(results.map((result) => result.id));
      pages = pages ? new Set([...pages].filter((id) => ids.has(id))) : ids;
    }
    for (const id of pages ?? []) found.add(id);
  }
  const folded = queryTerms(query).map(engine.fold);
  const unsure = [...found].flatMap((id) => loose.get(id) ?? []);
  const texts = await Promise.all(unsure.map(async (result) => [result.id, (await result.data()).content] as const));
  for (const [id, text] of texts) if (!holdsEvery(engine.fold(text), folded)) found.delete(id);
  return found;
}

/** Add a filter value to a search's filters (both must hold where the search already filters by that key). */
function withValue(filters: PagefindFilters, key: string, value: string): PagefindFilters {
  const current = filters[key];
  return { ...filters, [key]: typeof current === 'string' ? { all: [current, value] } : value };
}

/** Keep the counted filters of a Pagefind response. */
function picked(counts: FilterCounts | undefined = {}): FilterCounts {
  return Object.fromEntries(COUNTED.map((key) => [key, counts[key] ?? {}]));
}
