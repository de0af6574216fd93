import { datesWithin } from './dates';

/** What a search is: the query, each filter and the order, as the search page's address holds them (`?q=南海&outlet=彭博社`). */
export const STATE_KEYS = ['q', 'outlet', 'answerer', 'conference', 'from', 'to', 'sort'] as const;
export type SearchState = Record<(typeof STATE_KEYS)[number], string>;

/** The filters Pagefind matches exactly, each a select in the search form. */
export const FILTER_KEYS = ['outlet', 'answerer', 'conference'] as const;

/** A Pagefind filter: one value, any of several, or all of several. */
export type PagefindFilters = Record<string, string | { any: string[] } | { all: string[] }>;

/** Read a search from an address's query string; missing or repeated keys give their first value or ''. */
export function stateOf(search: string, maxQuery: number): SearchState {
  const params = new URLSearchParams(search);
  const state = Object.fromEntries(STATE_KEYS.map((key) => [key, params.get(key)?.trim() ?? ''])) as SearchState;
  state.q = [...state.q].slice(0, maxQuery).join('');
  return state;
}

/** Write a search as a query string (`?q=南海`), keys in a fixed order, empty ones left out; '' for no search. */
export function searchOf(state: SearchState): string {
  const params = new URLSearchParams(STATE_KEYS.filter((key) => state[key]).map((key) => [key, state[key]]));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Tell whether a search asks for anything: a query or a filter (an order alone lists nothing). */
export function isEmpty(state: SearchState): boolean {
  return STATE_KEYS.every((key) => key === 'sort' || !state[key]);
}

/**
 * Give the Pagefind filters of a search; the date range becomes the archive's dates within it.
 * @returns null when the date range holds no date of the archive (nothing can match)
 */
export function filtersOf(state: SearchState, archiveDates: readonly string[]): PagefindFilters | null {
  const filters: PagefindFilters = Object.fromEntries(FILTER_KEYS.filter((key) => state[key]).map((key) => [key, state[key]]));
  const dates = datesWithin(archiveDates, state.from, state.to);
  if (dates === null || dates.length === archiveDates.length) return filters;
  if (dates.length === 0) return null;
  return { ...filters, date: { any: dates } };
}

/**
 * Give a search whose filter values are the menus' own: a value written in the other script (新华社,
 * carried over by the 简/繁 switch to a traditional page) becomes the menu's (新華社); one the menus
 * lack stays as it is.
 * @param fold folds both scripts alike (see `folder`)
 */
export function matchFilters(state: SearchState, menus: Record<(typeof FILTER_KEYS)[number], readonly string[]>, fold: (text: string) => string): SearchState {
  const matched = { ...state };
  for (const key of FILTER_KEYS) {
    const value = state[key];
    if (!value || menus[key].includes(value)) continue;
    matched[key] = menus[key].find((offered) => fold(offered) === fold(value)) ?? value;
  }
  return matched;
}
