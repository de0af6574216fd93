import { describe, expect, it } from 'vitest';
import { searchDictionaries, useSearchStrings } from '../../src/i18n/search';
import { toTraditional } from '../../src/lib/script/convert';

const { 'zh-Hans': hans, 'zh-Hant': hant } = searchDictionaries;
const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('search strings', () => {
  it('have the same keys in the same order in both scripts', () => {
    expect(Object.keys(hant)).toEqual(Object.keys(hans));
  });

  it.each(Object.keys(hans) as (keyof typeof hans)[])('%s is traditional in zh-Hant, with the same placeholders', (key) => {
    expect(hant[key]).toBe(toTraditional(hans[key]));
    expect(placeholders(hant[key])).toEqual(placeholders(hans[key]));
  });

  it('fill their placeholders', () => {
    expect(useSearchStrings('zh-Hans')('search.moreParagraphs', { count: 2 })).toBe('本问另有2段含检索词');
    expect(useSearchStrings('zh-Hant')('search.moreParagraphs', { count: 2 })).toBe('本問另有2段含檢索詞');
  });
});
