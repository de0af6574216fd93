import type { YearCount } from '../../../shared/charts/year-bars';

export type { YearCount };

/**
 * Count items per year from their dates (`YYYY-MM-DD`), oldest year first, with the years between
 * the first and the last that have none given as 0, so a chart's gaps show.
 */
export function perYear(dates: Iterable<string>): YearCount[] {
  const counts = new Map<number, number>();
  for (const date of dates) {
    const year = Number(date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => ({ year: String(first + index), count: counts.get(first + index) ?? 0 }));
}
