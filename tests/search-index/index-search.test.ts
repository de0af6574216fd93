import { describe, expect, it } from 'vitest';
import { planShards } from '../../src/search-index/index-search';

// Pages as Astro reports them at astro:build:done: every route built, both scripts.
const site = (conferences: Record<string, number>) =>
  ['', 'zh-hant/'].flatMap((prefix) => [
    prefix,
    `${prefix}search/`,
    `${prefix}2024/`,
    ...Object.entries(conferences).flatMap(([id, questions]) => [
      `${prefix}${id}/`,
      `${prefix}${id}/full/`,
      ...Array.from({ length: questions }, (_, index) => `${prefix}${id}/${String(index + 1).padStart(2, '0')}/`),
    ]),
  ]);

describe('planShards', () => {
  it("plans each script's conference and question pages, in archive order, and nothing else", () => {
    expect(planShards(site({ '2024-03-07-a': 2, '2024-05-01-b': 1 }), 40)).toEqual([
      {
        script: 'zh-Hans',
        folder: 'pagefind',
        pages: ['2024-03-07-a/index.html', '2024-03-07-a/01/index.html', '2024-03-07-a/02/index.html', '2024-05-01-b/index.html', '2024-05-01-b/01/index.html'],
        span: { from: '2024-03-07', to: '2024-05-01' },
      },
      {
        script: 'zh-Hant',
        folder: 'zh-hant/pagefind',
        pages: [
          'zh-hant/2024-03-07-a/index.html',
          'zh-hant/2024-03-07-a/01/index.html',
          'zh-hant/2024-03-07-a/02/index.html',
          'zh-hant/2024-05-01-b/index.html',
          'zh-hant/2024-05-01-b/01/index.html',
        ],
        span: { from: '2024-03-07', to: '2024-05-01' },
      },
    ]);
  });

  it('fills shards with whole conferences, so a conference added after the others changes the newest shard alone', () => {
    const before = planShards(site({ '2024-01-01-a': 2, '2024-02-01-b': 2 }), 4);
    const after = planShards(site({ '2024-01-01-a': 2, '2024-02-01-b': 2, '2024-03-01-c': 2 }), 4);
    expect(before.map((shard) => shard.folder)).toEqual(['pagefind', 'pagefind-2', 'zh-hant/pagefind', 'zh-hant/pagefind-2']);
    expect(after.map((shard) => shard.folder)).toEqual(['pagefind', 'pagefind-2', 'pagefind-3', 'zh-hant/pagefind', 'zh-hant/pagefind-2', 'zh-hant/pagefind-3']);
    expect(after[1]?.pages).toEqual(before[0]?.pages);
    expect(after[2]?.pages).toEqual(before[1]?.pages);
  });

  it('says what to do when a script has no conference pages', () => {
    expect(() => planShards(['', 'search/', 'zh-hant/'], 10)).toThrow('No zh-Hans conference or question pages were built to index: run `npm run split` first.');
  });
});
