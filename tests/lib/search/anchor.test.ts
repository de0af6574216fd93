import { describe, expect, it } from 'vitest';
import { bestLocations, paragraphOfMatch } from '../../../src/lib/search/anchor';

const ANCHORS = [
  { id: 'main', location: 0 },
  { id: 'q1', location: 12 },
  { id: 'a1', location: 30 },
  { id: 'c1', location: 35 },
  { id: 'a2', location: 60 },
  { id: 'corrections-heading', location: 90 },
];

describe('paragraphOfMatch', () => {
  it.each([
    [[12], 'q1'],
    [[29], 'q1'],
    [[30], 'a1'],
    [[40], 'a1'],
    [[61], 'a2'],
    [[95], 'a2'],
    [[5, 45], 'a1'],
    [[50, 20], 'a1'],
    [[5], null],
    [[], null],
  ])('places matches at %j in %s', (locations, id) => {
    expect(paragraphOfMatch(ANCHORS, locations)).toBe(id);
  });

  it('reads anchors in any order', () => {
    expect(paragraphOfMatch([...ANCHORS].reverse(), [40])).toBe('a1');
  });

  it.each(['d1', 'o1', 'q2', 'a12'])('counts %s as a paragraph', (id) => {
    expect(paragraphOfMatch([{ id, location: 1 }], [3])).toBe(id);
  });

  it.each(['c1', 'toc', 'a', 'aa1', 'main', 'x1'])('does not count %s as a paragraph', (id) => {
    expect(paragraphOfMatch([{ id, location: 1 }], [3])).toBeNull();
  });
});

describe('bestLocations', () => {
  it('orders by score, best first, then by location', () => {
    expect(
      bestLocations([
        { location: 40, balanced_score: 1 },
        { location: 10, balanced_score: 3 },
        { location: 5, balanced_score: 1 },
        { location: 70, balanced_score: 3 },
      ]),
    ).toEqual([10, 70, 5, 40]);
  });

  it('gives nothing for no matches', () => {
    expect(bestLocations([])).toEqual([]);
  });

  it('does not reorder its input', () => {
    const weighted = [{ location: 2, balanced_score: 1 }, { location: 1, balanced_score: 2 }];
    bestLocations(weighted);
    expect(weighted.map((match) => match.location)).toEqual([2, 1]);
  });
});
