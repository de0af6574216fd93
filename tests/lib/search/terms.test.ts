import { describe, expect, it } from 'vitest';
import { holdsEvery, queryTerms } from '../../../src/lib/search/terms';

describe('queryTerms', () => {
  it.each([
    ['王毅 乌克兰', ['王毅', '乌克兰']],
    ['“南海行为准则”', ['南海行为准则']],
    ['<script>alert(1)</script>', ['script', 'alert', '1', 'script']],
    ['東盟！南海……', ['東盟', '南海']],
    ['   ', []],
  ])('splits %j into %j', (query, terms) => {
    expect(queryTerms(query)).toEqual(terms);
  });
});

describe('holdsEvery', () => {
  it('requires every term whole', () => {
    expect(holdsEvery('彭博社 bloomberg 王毅 中美关系', ['彭博', '王毅'])).toBe(true);
    expect(holdsEvery('彭博社 王毅', ['彭博', '乌克兰'])).toBe(false);
    expect(holdsEvery('2024年', ['2024xxxx'])).toBe(false);
    expect(holdsEvery('任何文字', [])).toBe(true);
  });
});
