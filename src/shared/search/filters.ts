import type { ConferenceFrontmatter, QuestionFrontmatter } from '../content/schema';
import { chineseDate } from '../chinese-date';
import { outletName } from '../outlets';
import { compareText } from '../text';
import type { FILTER_KEYS } from './state';

/**
 * What a page can be found by besides its words: the search form's menus, its date for the date range,
 * and (question pages only) its year, which the search's counts per year read.
 */
export type FilterKey = (typeof FILTER_KEYS)[number] | 'date' | 'year';

/** A page's values for each filter, as its HTML gives them to Pagefind (`data-pagefind-filter="outlet:彭博社"`). */
export type PageFilters = Partial<Record<FilterKey, string[]>>;

/** Every value of each filter across a script's pages, sorted: what the search form offers. */
export type FilterValues = Record<FilterKey, string[]>;

/** What the search form's menus offer: every filter's values, and each conference's name by its id. */
export type FilterMenus = FilterValues & { names: Record<string, string> };

const KEYS: readonly FilterKey[] = ['outlet', 'answerer', 'conference', 'date', 'year'];

/** The filter only question pages carry: their year (`year:2024`), so counts by it count answers, never conference pages. */
export const QUESTION_YEAR = 'year';

/**
 * A question page's filters: the questioner's outlet under the name the shared table files it
 * (`《人民日报》` and `人民日报` are one outlet; a bare `记者` is none), its answerers, its conference and
 * date, and its year (which conference pages do not carry: counted by year, only answers count).
 */
export function questionFilters(question: Pick<QuestionFrontmatter, 'outlet' | 'questioner' | 'answerers' | 'conference' | 'date'>): PageFilters {
  return {
    outlet: question.outlet ? [outletName(question.outlet)] : [],
    answerer: [...question.answerers],
    ...conferenceFilters(question),
    [QUESTION_YEAR]: [question.date.slice(0, 4)],
  };
}

/** A conference page's filters: the conference by its id (two conferences on one day are two) and its date. */
export function conferenceFilters(conference: Pick<ConferenceFrontmatter, 'conference' | 'date'>): PageFilters {
  return { conference: [conference.conference], date: [conference.date] };
}

/** Name each conference as the search form's menu shows it: its date as the pages write it, then its headline. */
export function conferenceNames(conferences: Iterable<Pick<ConferenceFrontmatter, 'conference' | 'date' | 'headline'>>): Record<string, string> {
  return Object.fromEntries([...conferences].map((conference) => [conference.conference, `${chineseDate(conference.date)} ${conference.headline}`]));
}

/** Give a page's filters as Pagefind's attribute values (`outlet:彭博社`), in a fixed order. */
export function filterAttributes(filters: PageFilters): string[] {
  return KEYS.flatMap((key) => (filters[key] ?? []).map((value) => `${key}:${value}`));
}

/**
 * Collect the values of every page's filters, each value once: names in code-point order, dates in
 * date order, conferences newest first (as the archive lists them).
 */
export function filterValues(pages: Iterable<PageFilters>): FilterValues {
  const seen = Object.fromEntries(KEYS.map((key) => [key, new Set<string>()])) as Record<FilterKey, Set<string>>;
  for (const page of pages) for (const key of KEYS) for (const value of page[key] ?? []) seen[key].add(value);
  const sorted = (key: FilterKey) => [...seen[key]].sort(compareText);
  return { outlet: sorted('outlet'), answerer: sorted('answerer'), conference: [...seen.conference].sort(newestConferenceFirst), date: sorted('date'), year: sorted('year') };
}

/** Order conference ids (`2024-03-07-wang-yi`) as the archive lists them: newest day first, then by id. */
function newestConferenceFirst(left: string, right: string): number {
  return compareText(right.slice(0, 10), left.slice(0, 10)) || compareText(left, right);
}
