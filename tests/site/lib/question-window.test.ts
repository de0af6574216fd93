import { describe, expect, it } from 'vitest';
import { laterRanges, questionWindow } from '../../../src/site/lib/question-window';

describe('questionWindow', () => {
  it.each([
    [14, 14, 41, { first: 1, last: 14 }],
    [41, 1, 41, { first: 1, last: 41 }],
    [5000, 1, 41, { first: 1, last: 41 }],
    [5000, 2500, 41, { first: 2480, last: 2520 }],
    [5000, 5000, 41, { first: 4960, last: 5000 }],
    [5000, 4990, 41, { first: 4960, last: 5000 }],
    [42, 21, 41, { first: 1, last: 41 }],
    [42, 42, 41, { first: 2, last: 42 }],
  ])('lists %i questions around %i (size %i) as %o', (count, current, size, expected) => {
    expect(questionWindow(count, current, size)).toEqual(expected);
  });

  it('always lists the current question and never more than the size', () => {
    for (let current = 1; current <= 500; current++) {
      const { first, last } = questionWindow(500, current, 41);
      expect(current).toBeGreaterThanOrEqual(first);
      expect(current).toBeLessThanOrEqual(last);
      expect(last - first + 1).toBe(41);
    }
  });
});

describe('laterRanges', () => {
  it.each([
    [14, 100, []],
    [100, 100, []],
    [101, 100, [{ first: 101, last: 101 }]],
    [250, 100, [{ first: 101, last: 200 }, { first: 201, last: 250 }]],
  ])('splits %i questions after the first %i into ranges', (count, size, expected) => {
    expect(laterRanges(count, size)).toEqual(expected);
  });

  it('keeps a 5,000-question conference to 49 range links', () => {
    expect(laterRanges(5000)).toHaveLength(49);
  });
});
