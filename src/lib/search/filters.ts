import type { ConferenceFrontmatter, QuestionFrontmatter } from '../content/schema';
import { chineseDate } from '../chinese-date';
import { compareText } from '../text';
import type { FILTER_KEYS } from './state';

/** What a page can be found by besides its words: the search form's menus, and its date for the date range. */
export type FilterKey = (typeof FILTER_KEYS)[number] | 'date';

/** A page's values for each filter, as its HTML gives them to Pagefind (`data-pagefind-filter="outlet:彭博社"`). */
export type PageFilters = Partial<Record<FilterKey, string[]>>;

/** Every value of each filter across a script's pages, sorted: what the search form offers. */
export type FilterValues = Record<FilterKey, string[]>;

const KEYS: readonly FilterKey[] = ['outlet', 'answerer', 'conference', 'date'];

/** A question page's filters: the questioner's outlet, its answerers, its conference (by date) and date. */
export function questionFilters(question: Pick<QuestionFrontmatter, 'outlet' | 'questioner' | 'answerers' | 'date'>): PageFilters {
  return { outlet: [question.outlet ?? question.questioner], answerer: [...question.answerers], ...conferenceFilters(question) };
}

/** A conference page's filters: the conference (by date) and its date. */
export function conferenceFilters(conference: Pick<ConferenceFrontmatter, 'date'>): PageFilters {
  return { conference: [chineseDate(conference.date)], date: [conference.date] };
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
  return { outlet: sorted('outlet'), answerer: sorted('answerer'), conference: [...seen.conference].sort((left, right) => compareDates(right, left)), date: sorted('date') };
}

/** Compare two dates written with numbers (`2024年3月7日` before `2024年10月1日`), number by number. */
function compareDates(left: string, right: string): number {
  const numbers = (text: string) => (text.match(/\d+/gu) ?? []).map(Number);
  const [a, b] = [numbers(left), numbers(right)];
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? -1) - (b[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return compareText(left, right);
}
