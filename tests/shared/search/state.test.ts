import { describe, expect, it } from 'vitest';
import { filtersOf, isEmpty, matchFilters, searchOf, stateOf, type SearchState } from '../../../src/shared/search/state';

const EMPTY: SearchState = { q: '', outlet: '', answerer: '', conference: '', from: '', to: '', sort: '' };

describe('stateOf', () => {
  it('reads the query and the filters from an address', () => {
    expect(stateOf('?q=%E5%8D%97%E6%B5%B7&outlet=彭博社', 200)).toEqual({ ...EMPTY, q: '南海', outlet: '彭博社' });
  });

  it.each([
    ['', EMPTY],
    ['?', EMPTY],
    ['?q=+%E5%8D%97%E6%B5%B7+', { ...EMPTY, q: '南海' }],
    ['?q=a&q=b', { ...EMPTY, q: 'a' }],
    ['?page=2&from=2024-01-01', { ...EMPTY, from: '2024-01-01' }],
  ])('reads %j', (search, state) => {
    expect(stateOf(search, 200)).toEqual(state);
  });

  it('keeps at most the longest query the field takes, in characters', () => {
    expect(stateOf(`?q=${'𠀀'.repeat(5)}`, 3).q).toBe('𠀀𠀀𠀀');
  });
});

describe('searchOf', () => {
  it('writes the keys in a fixed order and leaves out empty ones', () => {
    expect(searchOf({ ...EMPTY, outlet: '彭博社', q: '南海 东盟' })).toBe('?q=%E5%8D%97%E6%B5%B7+%E4%B8%9C%E7%9B%9F&outlet=%E5%BD%AD%E5%8D%9A%E7%A4%BE');
    expect(searchOf(EMPTY)).toBe('');
    expect(searchOf({ ...EMPTY, sort: 'relevance', q: '南海' })).toBe('?q=%E5%8D%97%E6%B5%B7&sort=relevance');
  });

  it('reads back what it writes', () => {
    const state = { ...EMPTY, q: '<b>&"南海"', conference: '2024年3月7日', to: '2024-12-31' };
    expect(stateOf(searchOf(state), 200)).toEqual(state);
  });
});

describe('isEmpty', () => {
  it('is true only when there is neither a query nor a filter', () => {
    expect(isEmpty(EMPTY)).toBe(true);
    expect(isEmpty({ ...EMPTY, answerer: '王毅' })).toBe(false);
    expect(isEmpty({ ...EMPTY, to: '2024-01-01' })).toBe(false);
    expect(isEmpty({ ...EMPTY, sort: 'relevance' })).toBe(true);
  });
});

describe('filtersOf', () => {
  const dates = ['2023-03-07', '2024-03-07', '2025-03-07'];

  it('gives the chosen filters', () => {
    expect(filtersOf({ ...EMPTY, q: '南海', outlet: '彭博社', answerer: '王毅' }, dates)).toEqual({ outlet: '彭博社', answerer: '王毅' });
    expect(filtersOf(EMPTY, dates)).toEqual({});
  });

  it('turns a date range into the archive dates within it', () => {
    expect(filtersOf({ ...EMPTY, from: '2024-01-01' }, dates)).toEqual({ date: { any: ['2024-03-07', '2025-03-07'] } });
  });

  it('leaves out a range that holds every date', () => {
    expect(filtersOf({ ...EMPTY, from: '2020-01-01', to: '2030-01-01' }, dates)).toEqual({});
  });

  it('gives null for a range that holds no date: nothing can match', () => {
    expect(filtersOf({ ...EMPTY, from: '2026-01-01' }, dates)).toBeNull();
  });
});

describe('matchFilters', () => {
  const menus = { outlet: ['新華社', '彭博社'], answerer: ['王毅'], conference: ['2024-03-07-wang-yi'] };
  // Folds traditional to simplified for the characters these values use.
  const fold = (text: string) => text.replace('華', '华');

  it("gives a value written in the other script as the menu's own", () => {
    expect(matchFilters({ ...EMPTY, q: '南海', outlet: '新华社', answerer: '王毅' }, menus, fold)).toEqual({ ...EMPTY, q: '南海', outlet: '新華社', answerer: '王毅' });
  });

  it('keeps a value the menus lack, and empty ones, as they are', () => {
    expect(matchFilters({ ...EMPTY, outlet: '路透社', conference: '2024-03-07-wang-yi' }, menus, fold)).toEqual({ ...EMPTY, outlet: '路透社', conference: '2024-03-07-wang-yi' });
  });
});
