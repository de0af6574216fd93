import { describe, expect, it } from 'vitest';
import { recordPages } from '../../../../src/site/lib/record/pages';

/** Rows 1…count, newest (count) first. */
const rows = (count: number) => Array.from({ length: count }, (_, index) => count - index);

describe('recordPages', () => {
  it.each([
    [0, [[null, 0, 0]]],
    [3, [[null, 3, 3]]],
    [5, [[null, 5, 5]]],
    [6, [[null, 3, 6], [1, 3, 3]]],
    [8, [[null, 5, 8], [1, 3, 3]]],
    [9, [[null, 3, 9], [2, 3, 6], [1, 3, 3]]],
  ])('splits %i rows in blocks of 3: the first page the newest, from the last full block on', (count, expected) => {
    expect(recordPages(rows(count), 3).map((page) => [page.block, page.rows.length, page.start])).toEqual(expected);
  });

  it('gives every row once, newest first, each numbered from the oldest', () => {
    const pages = recordPages(rows(17), 3);
    expect(pages.flatMap((page) => page.rows)).toEqual(rows(17));
    for (const page of pages) expect(page.rows[0]).toBe(page.start);
  });

  it('keeps every page but the first as rows are added, and the page below it when a block fills', () => {
    let before = recordPages(rows(20), 3);
    for (let count = 21; count <= 40; count++) {
      const after = recordPages(rows(count), 3);
      const changed = after.filter((page) => !before.some((old) => old.block === page.block && JSON.stringify(old.rows) === JSON.stringify(page.rows)));
      expect(changed.length, `${count} rows`).toBeLessThanOrEqual(2);
      expect(changed.every((page) => page.block === null || page.block === after[1]?.block)).toBe(true);
      before = after;
    }
  });
});
