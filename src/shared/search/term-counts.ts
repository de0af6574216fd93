import { compareText } from '../text';
import type { SearchState } from './state';

/**
 * How often a search's terms were said: Pagefind's counts of pages per filter value, summed over the
 * shards of an index, by year (the filter only question pages carry) and by answerer, and each year's
 * count against every answer that year. The browser asks Pagefind for the counts
 * (src/browser/search-counts.ts) and draws them (src/browser/search-terms.ts).
 */

/** Pagefind's counts of pages per filter value (`{ year: { '2024': 14 } }`), as a search response or `filters()` gives them. */
export type FilterCounts = Record<string, Record<string, number>>;

/** One year of a search's counts: its matching answers, every answer that year, and the first per 100 of the second. */
export interface TermYear {
  year: string;
  count: number;
  total: number;
  per100: number;
}

/** One answerer and how many matching answers they gave. */
export interface TermAnswerer {
  name: string;
  count: number;
}

/** Add up several shards' counts, value by value (a value missing from a shard counts 0 there). */
export function sumCounts(shards: readonly FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const counts of shards) {
    for (const [key, values] of Object.entries(counts)) {
      const into = (sum[key] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return sum;
}

/** Give a count per 100 of a total, to one decimal; 0 when the total is 0. */
export function per100(count: number, total: number): number {
  return total > 0 ? Math.round((count * 1000) / total) / 10 : 0;
}

/**
 * Give a search's counts per year, oldest first, every year from the archive's first to its last
 * (a year with no answers, or none that match, as 0), each with every answer of that year.
 * @param matching the matching answers per year
 * @param all every answer per year
 */
export function termYears(matching: Readonly<Record<string, number>> = {}, all: Readonly<Record<string, number>> = {}): TermYear[] {
  const years = [...Object.keys(all), ...Object.keys(matching)].filter((year) => /^\d{4}$/.test(year)).map(Number);
  if (years.length === 0) return [];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: last - first + 1 }, (_, index) => {
    const year = String(first + index);
    const [count, total] = [matching[year] ?? 0, all[year] ?? 0];
    return { year, count, total, per100: per100(count, total) };
  });
}

/** Give the answerers with matching answers, most first, then by name. */
export function termAnswerers(matching: Readonly<Record<string, number>> = {}): TermAnswerer[] {
  return Object.entries(matching)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => ({ name, count }))
    .sort((left, right) => right.count - left.count || compareText(left.name, right.name));
}

/** Give the search a year's bar leads to: the same search within that year (and within the range it already has). */
export function yearSearch(state: SearchState, year: string): SearchState {
  const [first, last] = [`${year}-01-01`, `${year}-12-31`];
  const from = state.from && compareText(state.from, first) > 0 ? state.from : first;
  const to = state.to && compareText(state.to, last) < 0 ? state.to : last;
  return { ...state, from, to };
}

/** Give the search an answerer's bar leads to: the same search, answered by them. */
export function answererSearch(state: SearchState, name: string): SearchState {
  return { ...state, answerer: name };
}
