import { describe, expect, it } from 'vitest';
import { answererSearch, per100, sumCounts, termAnswerers, termYears, yearSearch } from '../../../src/shared/search/term-counts';
import { stateOf } from '../../../src/shared/search/state';

describe('sumCounts', () => {
  it('adds the shards value by value, a value missing from a shard counting 0 there', () => {
    expect(
      sumCounts([
        { year: { '2024': 3, '2023': 1 }, answerer: { 王毅: 3 } },
        { year: { '2024': 2 }, answerer: { 王毅: 1, 毛宁: 1 } },
        { year: { '2022': 0 } },
      ]),
    ).toEqual({ year: { '2024': 5, '2023': 1, '2022': 0 }, answerer: { 王毅: 4, 毛宁: 1 } });
  });

  it('gives nothing for no shards, and a shard with no counts adds nothing', () => {
    expect(sumCounts([])).toEqual({});
    expect(sumCounts([{}, { year: {} }])).toEqual({ year: {} });
  });
});

describe('termYears', () => {
  it('gives every year from the first to the last, a year with no answers as 0, oldest first', () => {
    expect(termYears({ '2024': 3, '2021': 1 }, { '2021': 50, '2024': 200, '2020': 10 })).toEqual([
      { year: '2020', count: 0, total: 10, per100: 0 },
      { year: '2021', count: 1, total: 50, per100: 2 },
      { year: '2022', count: 0, total: 0, per100: 0 },
      { year: '2023', count: 0, total: 0, per100: 0 },
      { year: '2024', count: 3, total: 200, per100: 1.5 },
    ]);
  });

  it('compares years of different sizes per 100 answers', () => {
    const [small, large] = termYears({ '2023': 2, '2024': 10 }, { '2023': 20, '2024': 1000 });
    expect(small?.per100).toBeGreaterThan(large?.per100 ?? Infinity);
    expect([small?.per100, large?.per100]).toEqual([10, 1]);
  });

  it('gives the years of the archive with 0 when nothing matches, and nothing for an empty archive', () => {
    expect(termYears({}, { '2023': 4, '2024': 5 }).map(({ year, count }) => [year, count])).toEqual([
      ['2023', 0],
      ['2024', 0],
    ]);
    expect(termYears({}, {})).toEqual([]);
    expect(termYears()).toEqual([]);
  });

  it('reads only four-digit years', () => {
    expect(termYears({ '2024': 1 }, { '2024': 2, '': 1, '24': 1 }).map(({ year }) => year)).toEqual(['2024']);
  });
});

describe('per100', () => {
  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [5, 5, 100],
    [0, 0, 0],
    [3, 0, 0],
  ])('%i of %i is %s per 100', (count, total, rate) => {
    expect(per100(count, total)).toBe(rate);
  });
});

describe('termAnswerers', () => {
  it('lists answerers with matching answers, most first, then by name', () => {
    expect(termAnswerers({ 毛宁: 2, 王毅: 5, 林远: 2, 华春莹: 0 })).toEqual([
      { name: '王毅', count: 5 },
      { name: '林远', count: 2 },
      { name: '毛宁', count: 2 },
    ]);
    expect(termAnswerers({})).toEqual([]);
  });
});

describe('the searches a bar leads to', () => {
  const state = stateOf('?q=南海&outlet=彭博社&sort=relevance', 200);

  it("keeps the search and sets the year's date range", () => {
    expect(yearSearch(state, '2024')).toEqual({ ...state, from: '2024-01-01', to: '2024-12-31' });
  });

  it("keeps the search's own range where it is narrower than the year", () => {
    expect(yearSearch({ ...state, from: '2024-03-01', to: '2025-06-30' }, '2024')).toMatchObject({ from: '2024-03-01', to: '2024-12-31' });
    expect(yearSearch({ ...state, from: '2023-03-01', to: '2024-06-30' }, '2024')).toMatchObject({ from: '2024-01-01', to: '2024-06-30' });
  });

  it('sets the answerer, keeping the rest of the search', () => {
    expect(answererSearch({ ...state, answerer: '毛宁' }, '王毅')).toEqual({ ...state, answerer: '王毅' });
  });
});
