import { afterEach, describe, expect, it } from 'vitest';
import { isUnlistedAddress, recordUnlistedPages, sitePathOfPage, unlistedPages } from '../../../src/site/integrations/unlisted-pages';

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('dawenlu.unlistedPages')];
});

describe('sitePathOfPage', () => {
  it.each([
    ['2024-03-07-wang-yi/15/', '/2024-03-07-wang-yi/15/'],
    ['/zh-hant/2024-03-07-wang-yi/15', '/zh-hant/2024-03-07-wang-yi/15/'],
    ['', '/'],
    ['/', '/'],
  ])('gives %j as %j', (pathname, path) => {
    expect(sitePathOfPage(pathname)).toBe(path);
  });
});

describe('unlistedPages', () => {
  it('fails loudly when the routes have not listed them: a sitemap or index must not silently list every page', () => {
    expect(() => unlistedPages()).toThrow(/did not list their unlisted pages/);
  });

  it('gives what the routes recorded last', () => {
    recordUnlistedPages(['/a/01/']);
    recordUnlistedPages(['/2024-03-07-wang-yi/15/', '/zh-hant/404/']);
    expect([...unlistedPages()]).toEqual(['/2024-03-07-wang-yi/15/', '/zh-hant/404/']);
  });
});

describe('isUnlistedAddress', () => {
  it('tells a sitemap address of an unlisted page, under the site base, whatever the escaping', () => {
    recordUnlistedPages(['/2024-03-07-wang-yi/15/', '/speakers/王毅/']);
    const atRoot = isUnlistedAddress('/');
    expect(atRoot('https://example.org/2024-03-07-wang-yi/15/')).toBe(true);
    expect(atRoot('https://example.org/2024-03-07-wang-yi/14/')).toBe(false);
    expect(atRoot(`https://example.org/speakers/${encodeURIComponent('王毅')}/`)).toBe(true);
    const underBase = isUnlistedAddress('/transcripts/');
    expect(underBase('https://example.org/transcripts/2024-03-07-wang-yi/15/')).toBe(true);
    expect(underBase('https://example.org/transcripts/2024-03-07-wang-yi/14/')).toBe(false);
  });
});
