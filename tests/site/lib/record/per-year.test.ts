import { describe, expect, it } from 'vitest';
import { perYear } from '../../../../src/site/lib/record/per-year';
import { paginate } from '../../../../src/site/lib/record/pages';

describe('perYear', () => {
  it('counts per year, oldest first, with the empty years between', () => {
    expect(perYear(['2024-03-07', '2021-01-02', '2024-10-21'])).toEqual([
      { year: '2021', count: 1 },
      { year: '2022', count: 0 },
      { year: '2023', count: 0 },
      { year: '2024', count: 2 },
    ]);
  });

  it('gives no years for no dates', () => {
    expect(perYear([])).toEqual([]);
  });
});

describe('paginate', () => {
  it.each([
    [0, [0]],
    [3, [3]],
    [4, [3, 1]],
    [6, [3, 3]],
  ])('splits %i rows into pages of 3', (count, sizes) => {
    expect(paginate(Array.from({ length: count }, (_, index) => index), 3).map((page) => page.length)).toEqual(sizes);
  });
});
