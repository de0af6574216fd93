import { describe, expect, it } from 'vitest';
import { phraseQuery, separateWords, termWords, withoutBreaks } from '../../../src/shared/search/segment';

const Z = '\u200B';

describe('separateWords', () => {
  it.each([
    ['联合国安理会', `联${Z}合${Z}国${Z}安${Z}理${Z}会`],
    ['G20峰会，2024年', `G20${Z}峰${Z}会${Z}，${Z}2024${Z}年`],
    ['开行1.7万列', `开${Z}行${Z}1${Z}.${Z}7${Z}万${Z}列`],
    ['COVID-19', `COVID${Z}-${Z}19`],
    ['中国与 ASEAN 合作', `中${Z}国${Z}与 ASEAN 合${Z}作`],
    ['“一带一路”', `“${Z}一${Z}带${Z}一${Z}路${Z}”`],
    ['𠀀发', `𠀀${Z}发`],
    ['English only.', `English only${Z}.`],
    ['  ', '  '],
  ])('breaks %j into %j', (text, words) => {
    expect(separateWords(text)).toBe(words);
    expect(withoutBreaks(separateWords(text))).toBe(text);
  });
});

describe('termWords', () => {
  it.each([
    ['联合国安理会', ['联', '合', '国', '安', '理', '会']],
    ['G20峰会', ['G20', '峰', '会']],
    ['Bloomberg', ['Bloomberg']],
    ['2024年', ['2024', '年']],
    ['', []],
  ])('reads %j as the index holds it: %j', (term, words) => {
    expect(termWords(term)).toEqual(words);
  });

  it('cuts a term as the index cuts the same text', () => {
    for (const term of ['联合国安理会', 'G20峰会', '2024年3月7日', 'CGTN记者']) expect(separateWords(term).split(Z)).toEqual(termWords(term));
  });
});

describe('phraseQuery', () => {
  it('quotes words that must stand in a row, and leaves one word alone', () => {
    expect(phraseQuery(['安', '理', '会'])).toBe('"安 理 会"');
    expect(phraseQuery(['bloomberg'])).toBe('bloomberg');
    expect(phraseQuery([])).toBe('');
  });
});
