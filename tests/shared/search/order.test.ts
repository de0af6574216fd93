import { describe, expect, it } from 'vitest';
import { orderOf, recentKey } from '../../../src/shared/search/order';
import { compareText } from '../../../src/shared/text';

describe('orderOf', () => {
  it('reads relevance, and takes anything else for the default, newest first', () => {
    expect(orderOf('relevance')).toBe('relevance');
    for (const sort of ['', 'newest', 'Relevance', 'score']) expect(orderOf(sort)).toBe('newest');
  });
});

describe('recentKey', () => {
  it("sorts pages in the reverse of the archive's order of conferences, each conference page before its questions, questions in order", () => {
    const pages = [
      recentKey('2023-12-25-mao-ning', 2),
      recentKey('2024-03-07-wang-yi', 10),
      recentKey('2024-03-07-wang-yi', 0),
      recentKey('2024-03-07-wang-yi', 9),
      recentKey('2024-03-07-a-host', 1),
      recentKey('2002-01-04-zhu-bangzao', 1),
      recentKey('2024-10-01-lin-jian', 1),
      recentKey('2024-03-07-wang-yi-2', 1),
    ];
    expect([...pages].sort(compareText)).toEqual([pages[6], pages[7], pages[2], pages[3], pages[1], pages[4], pages[0], pages[5]]);
  });

  it('agrees with the archive order of conferences, reversed, whatever their ids', () => {
    const ids = ['2024-03-07-b', '2024-03-07-a', '2024-03-07-ab', '2024-03-07-外交部', '2024-03-07-a-', '2024-03-07'];
    const newestFirst = [...ids].sort((left, right) => compareText(recentKey(left, 0), recentKey(right, 0)));
    expect(newestFirst).toEqual([...ids].sort(compareText).reverse());
  });

  it('keeps question numbers in order past 9,999', () => {
    expect(compareText(recentKey('c', 9_999), recentKey('c', 10_000))).toBe(-1);
  });
});
