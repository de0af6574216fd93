import { compareText } from '../text';

/** Tell whether an archive's dates (`YYYY-MM-DD`) span more than a year: from there a date range helps. */
export function spansMoreThanAYear(dates: readonly string[]): boolean {
  const sorted = [...dates].sort(compareText);
  const [first, last] = [sorted[0], sorted.at(-1)];
  if (!first || !last) return false;
  const yearLater = `${String(Number(first.slice(0, 4)) + 1).padStart(4, '0')}${first.slice(4)}`;
  return compareText(last, yearLater) > 0;
}

/**
 * Give the dates from `from` to `to`, both included; an empty bound is open.
 * @returns null when neither bound is set (no date filter at all)
 */
export function datesWithin(dates: readonly string[], from: string, to: string): string[] | null {
  if (!from && !to) return null;
  return dates.filter((date) => (!from || compareText(date, from) >= 0) && (!to || compareText(date, to) <= 0)).sort(compareText);
}
