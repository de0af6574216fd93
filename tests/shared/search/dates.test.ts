import { describe, expect, it } from 'vitest';
import { datesWithin, spansMoreThanAYear } from '../../../src/shared/search/dates';

describe('spansMoreThanAYear', () => {
  it.each([
    [[], false],
    [['2024-03-07'], false],
    [['2024-03-07', '2024-03-07'], false],
    [['2024-03-07', '2025-03-07'], false],
    [['2024-03-07', '2025-03-08'], true],
    [['2025-03-08', '2024-03-07', '2024-10-21'], true],
    [['2023-12-31', '2024-12-31'], false],
    [['2024-02-29', '2025-03-01'], true],
    [['1999-12-31', '2000-12-31'], false],
  ])('%j → %s', (dates, spans) => {
    expect(spansMoreThanAYear(dates)).toBe(spans);
  });
});

describe('datesWithin', () => {
  const dates = ['2025-03-07', '2023-03-05', '2024-03-07', '2024-10-21'];

  it('gives no filter when neither bound is set', () => {
    expect(datesWithin(dates, '', '')).toBeNull();
  });

  it.each([
    ['2024-01-01', '2024-12-31', ['2024-03-07', '2024-10-21']],
    ['2024-03-07', '2024-03-07', ['2024-03-07']],
    ['2024-03-08', '', ['2024-10-21', '2025-03-07']],
    ['', '2024-03-06', ['2023-03-05']],
    ['2026-01-01', '', []],
    ['2025-01-01', '2024-01-01', []],
  ])('from %j to %j gives %j', (from, to, within) => {
    expect(datesWithin(dates, from, to)).toEqual(within);
  });
});
