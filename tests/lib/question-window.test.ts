import { describe, expect, it } from 'vitest';
import { questionWindow } from '../../src/lib/question-window';

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
