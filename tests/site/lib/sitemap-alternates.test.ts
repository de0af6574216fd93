import { describe, expect, it } from 'vitest';
import { scriptAlternates } from '../../../src/site/lib/sitemap-alternates';

describe('scriptAlternates', () => {
  it('gives a page in both scripts, from either one', () => {
    const both = [
      { lang: 'zh-Hans', url: 'https://example.org/2024-03-07-wang-yi/05/' },
      { lang: 'zh-Hant', url: 'https://example.org/zh-hant/2024-03-07-wang-yi/05/' },
    ];
    expect(scriptAlternates('https://example.org/2024-03-07-wang-yi/05/', '/')).toEqual(both);
    expect(scriptAlternates('https://example.org/zh-hant/2024-03-07-wang-yi/05/', '/')).toEqual(both);
  });

  it('keeps the base path, with or without its trailing slash', () => {
    for (const base of ['/transcripts/', '/transcripts']) {
      expect(scriptAlternates('https://example.org/transcripts/zh-hant/', base)).toEqual([
        { lang: 'zh-Hans', url: 'https://example.org/transcripts/' },
        { lang: 'zh-Hant', url: 'https://example.org/transcripts/zh-hant/' },
      ]);
    }
  });

});
