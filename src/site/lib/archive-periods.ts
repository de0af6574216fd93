import { compareText } from '../../shared/text';

/**
 * How the archive is split into pages so that none grows with the record: the archive page lists
 * the latest conferences and every year; a year lists its conferences, or its months when it holds
 * more than a page should (the foreign ministry alone held about 240 briefings a year).
 */

/** How many of the latest conferences the archive page lists. */
export const LATEST_CONFERENCES = 50;
/** How many conferences a year page lists before it is split by month. */
export const YEAR_PAGE_LIMIT = 400;

/** One year of the archive: how many conferences it holds, and its months when it is split. */
export interface ArchiveYear {
  year: string;
  count: number;
  /** Months with conferences (`03`), newest first, when the year is split by month; else empty. */
  months: { month: string; count: number }[];
}

/** Group conference dates (`YYYY-MM-DD`) into years, newest first, splitting crowded years by month. */
export function archiveYears(dates: readonly string[], limit = YEAR_PAGE_LIMIT): ArchiveYear[] {
  const years = new Map<string, Map<string, number>>();
  for (const date of dates) {
    const [year = '', month = ''] = date.split('-');
    const months = years.get(year) ?? new Map<string, number>();
    months.set(month, (months.get(month) ?? 0) + 1);
    years.set(year, months);
  }
  return [...years]
    .sort(([left], [right]) => compareText(right, left))
    .map(([year, months]) => {
      const count = [...months.values()].reduce((sum, value) => sum + value, 0);
      const split = count > limit;
      const list = split
        ? [...months].sort(([left], [right]) => compareText(right, left)).map(([month, monthCount]) => ({ month, count: monthCount }))
        : [];
      return { year, count, months: list };
    });
}
