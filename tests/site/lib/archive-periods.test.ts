import { describe, expect, it } from 'vitest';
import { archiveYears } from '../../../src/site/lib/archive-periods';

describe('archiveYears', () => {
  it('groups dates into years, newest first, with their counts', () => {
    expect(archiveYears(['2023-01-02', '2024-03-07', '2024-05-01'])).toEqual([
      { year: '2024', count: 2, months: [] },
      { year: '2023', count: 1, months: [] },
    ]);
  });

  it('splits a year holding more than the limit by month, newest month first', () => {
    const dates = ['2024-01-02', '2024-01-03', '2024-02-01', '2023-06-01'];
    expect(archiveYears(dates, 2)).toEqual([
      { year: '2024', count: 3, months: [{ month: '02', count: 1 }, { month: '01', count: 2 }] },
      { year: '2023', count: 1, months: [] },
    ]);
  });

  it('keeps every page bounded for 5,000 daily briefings over 21 years', () => {
    const dates = Array.from({ length: 5000 }, (_, index) => new Date(Date.UTC(2004, 0, 1 + Math.floor(index * 1.5))).toISOString().slice(0, 10));
    for (const year of archiveYears(dates)) {
      const largest = year.months.length > 0 ? Math.max(...year.months.map((month) => month.count)) : year.count;
      expect(largest).toBeLessThanOrEqual(400);
    }
  });
});
