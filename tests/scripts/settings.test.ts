import { describe, expect, it } from 'vitest';
import { positiveIntegerSetting } from '../../scripts/settings';
import { makeTemp, PROJECT, removeTemp, run } from '../helpers/project';

describe('positiveIntegerSetting', () => {
  it.each([
    [undefined, 2],
    ['4', 4],
    [' 8 ', 8],
    ['1', 1],
  ])('reads %s as %i', (value, number) => {
    expect(positiveIntegerSetting('DAWENLU_SEARCH_JOBS', 2, value === undefined ? {} : { DAWENLU_SEARCH_JOBS: value })).toBe(number);
  });

  it.each([['abc'], ['0'], ['-1'], ['2.5'], [''], ['1e3'], ['99999999999999999999'], ['Infinity']])('refuses %j in one line', (value) => {
    expect(() => positiveIntegerSetting('DAWENLU_SEARCH_JOBS', 2, { DAWENLU_SEARCH_JOBS: value })).toThrow(
      `DAWENLU_SEARCH_JOBS=${JSON.stringify(value)}: expected a whole number of 1 or more (unset, it is 2).`,
    );
  });
});

describe('the search index with a setting that is not a number', () => {
  it.each([['DAWENLU_SEARCH_JOBS'], ['DAWENLU_SEARCH_SHARD_PAGES']])('says so in one line for %s, and exits 1 without a stack trace', async (name) => {
    const root = makeTemp();
    const result = await run('node_modules/.bin/tsx', ['scripts/index-search.ts'], { cwd: PROJECT, env: { DAWENLU_ROOT: root, [name]: 'many' } });
    removeTemp(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${name}="many": expected a whole number of 1 or more \\(unset, it is \\d+\\)\\.\\n$`, 'u'));
  });
});
