import { describe, expect, it } from 'vitest';
import { bareText, hasRun, holdsEvery, queryTerms } from '../../../src/shared/search/terms';

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

  it('passes over the punctuation and spaces of the text: a sentence retyped without its commas', () => {
    expect(holdsEvery('建设性参与解决国际热点，是中国作为联合国安理会常任理事国', ['热点是中国作为联合国'])).toBe(true);
    expect(holdsEvery('“一带一路”倡议', ['一带一路倡议'])).toBe(true);
    expect(holdsEvery('热点，是', ['热点不是'])).toBe(false);
  });
});

describe('bareText', () => {
  it('leaves out spaces, punctuation and symbols, and maps each code unit back', () => {
    expect(bareText('甲，𠀀 乙')).toEqual({ text: '甲𠀀乙', at: [0, 2, 3, 5] });
  });
});

describe('hasRun', () => {
  it.each([
    [[3, 4, 5], 3, true],
    [[5, 3, 4], 3, true],
    [[1, 2, 4, 5], 4, true],
    [[1, 2, 6, 7], 4, true],
    [[1, 2, 7, 8], 4, false],
    [[1, 1, 1], 2, false],
    [[], 1, false],
  ])('finds in %j a run of %i words a few apart: %s', (positions, length, expected) => {
    expect(hasRun(positions, length)).toBe(expected);
  });
});
