import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from '../../../src/site/data/cache-key';

const entry = (id: string, digest: string | undefined, title = 'A') => ({ collection: 'questions', id, digest, data: { title }, filePath: `content/generated/${id}.mdx` });
const question = (overrides: Record<string, unknown> = {}) => ({
  kind: 'question',
  script: 'zh-Hans',
  conference: { ...entry('c', 'dc'), collection: 'conferences' },
  question: entry('c/02', 'd2'),
  siblings: [entry('c/01', 'd1'), entry('c/02', 'd2'), entry('c/03', 'd3')],
  previous: entry('c/01', 'd1'),
  next: entry('c/03', 'd3'),
  ...overrides,
});

describe('cacheKeyOf', () => {
  it('is the same for the same route data', () => {
    expect(cacheKeyOf(question())).toBe(cacheKeyOf(question()));
  });

  it.each([
    ['its own body', { question: entry('c/02', 'd2-edited') }],
    ['its conference', { conference: { ...entry('c', 'dc-edited'), collection: 'conferences' } }],
    ['a question of its sidebar', { siblings: [entry('c/01', 'd1'), entry('c/02', 'd2'), entry('c/03', 'd3-edited')] }],
    ['its previous neighbour', { previous: entry('c/00', 'd0') }],
    ['its next neighbour', { next: undefined }],
    ['its script', { script: 'zh-Hant' }],
  ])('changes with %s', (_what, overrides) => {
    expect(cacheKeyOf(question(overrides))).not.toBe(cacheKeyOf(question()));
  });

  it("changes with a list page's entries and its period", () => {
    const list = (conferences: unknown[], period?: unknown) => cacheKeyOf({ kind: 'archive', script: 'zh-Hans', conferences, years: [{ year: '2024', months: [] }], period });
    const base = list([entry('a', 'da'), entry('b', 'db')]);
    expect(list([entry('new', 'dn'), entry('a', 'da'), entry('b', 'db')])).not.toBe(base);
    expect(list([entry('a', 'da'), entry('b', 'db')], { year: '2024' })).not.toBe(base);
    expect(list([entry('a', 'da'), entry('b', 'db')])).toBe(base);
  });

  it('keys an entry by its digest, not by the data it was parsed into', () => {
    expect(cacheKeyOf({ question: entry('c/02', 'd2', 'A') })).toBe(cacheKeyOf({ question: entry('c/02', 'd2', 'B') }));
  });

  it.each([
    ['Map', new Map([['a', 1]])],
    ['Set', new Set(['a'])],
    ['function', () => 'a'],
  ])('refuses a %s, which JSON would drop or empty whatever it holds', (kind, value) => {
    expect(() => cacheKeyOf({ kind: 'archive', counts: value })).toThrow(`Route data cannot be keyed for the incremental build: "counts" is a ${kind}; pass plain data.`);
  });

  it('refuses an entry without a digest rather than key it by its id alone', () => {
    expect(() => cacheKeyOf({ question: entry('c/02', undefined) })).toThrow('The questions entry c/02 has no digest to key its pages by.');
  });
});
