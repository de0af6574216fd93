// How often a search's terms were said, from Pagefind's filter counts: every shard's counts of the
// matching question pages per year and per answerer, and of every question page per year. Loaded with
// the chart, when the reader opens it: counting loads each shard's filter indexes, which the search
// itself never needs for its first results.
import type { Script } from '../shared/content/schema';
import { QUESTION_YEAR } from '../shared/search/filters';
import { queryVariants } from '../shared/search/script-map';
import { phraseQuery, termWords } from '../shared/search/segment';
import type { PagefindFilters } from '../shared/search/state';
import { queryTerms } from '../shared/search/terms';
import { sumCounts, type FilterCounts } from '../shared/search/term-counts';
import { byPage, searchForms, type Engine, type Pagefind } from './search-engine';

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
 * Count one shard's matching pages per value. A query of one term in one written form is one search
 * of Pagefind's, whose counts are the answer. Several terms (each searched on its own, a page found
 * by all), several written forms (a page found by any), or a term found only with marks between its
 * words (kept by word position) are counted value by value: the pages the search finds with that value
 * as a filter too, for each value the words alone find.
 */
async function shardMatches(shard: Pagefind, engine: Engine, script: Script, query: string | null, filters: PagefindFilters): Promise<FilterCounts> {
  if (query === null) return picked((await shard.search(null, { filters }))?.filters);
  const forms = queryVariants(query, engine.map, script)
    .map((form) => queryTerms(form).map(termWords).filter((words) => words.length > 0))
    .filter((terms) => terms.length > 0);
  const [only] = forms;
  if (!only) return {};
  if (forms.length === 1 && only.length === 1) {
    const words = only[0] ?? [];
    const response = await shard.search(phraseQuery(words), { filters });
    if (response && (words.length === 1 || response.results.length > 0)) return picked(response.filters);
  }
  // The values worth counting: those of the pages that hold every word anywhere (a superset of the matches).
  const candidates = sumCounts(await Promise.all(forms.map(async (terms) => picked((await shard.search(terms.flat().join(' '), { filters }))?.filters))));
  const counts: FilterCounts = {};
  for (const key of COUNTED) {
    const values = Object.entries(candidates[key] ?? {}).filter(([, count]) => count > 0);
    const found = await Promise.all(values.map(async ([value]) => [value, byPage(await searchForms(shard, engine.map, script, query, { filters: withValue(filters, key, value) })).length] as const));
    counts[key] = Object.fromEntries(found);
  }
  return counts;
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
