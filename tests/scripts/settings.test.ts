import { describe, expect, it } from 'vitest';
import { positiveIntegerSetting } from '../../scripts/settings';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeProjectCopy, removeTemp, run } from '../helpers/project';

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

describe('the build with a search-index setting that is not a number', () => {
  it.each([['DAWENLU_SEARCH_JOBS'], ['DAWENLU_SEARCH_SHARD_PAGES']])('says so in one line for %s, and exits 1 without a stack trace, before building', async (name) => {
    const root = makeProjectCopy();
    const result = await run('astro', ['build'], { cwd: root, env: { DAWENLU_ROOT: undefined, FORCE_COLOR: undefined, NO_COLOR: '1', [name]: 'many' } });
    const built = existsSync(join(root, 'dist'));
    removeTemp(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^\\S+ \\[ERROR\\] \\[dawenlu:search-index\\] ${name}="many": expected a whole number of 1 or more \\(unset, it is \\d+\\)\\.\\n$`, 'u'));
    expect(built).toBe(false);
  }, 60_000);
});
