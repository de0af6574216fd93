import { describe, expect, it } from 'vitest';
import { pageContext } from '../../../src/site/lib/page-context';

describe('pageContext', () => {
  it.each([
    ['http://localhost:4321/2024-03-07-wang-yi/05/', '/', 'zh-Hans'],
    ['http://localhost:4321/zh-hant/2024-03-07-wang-yi/05/', '/', 'zh-Hant'],
    ['http://localhost:4321/transcripts/zh-hant/', '/transcripts/', 'zh-Hant'],
    ['http://localhost:4321/transcripts/search/', '/transcripts/', 'zh-Hans'],
  ] as const)('%s (base %s) is a %s page', (url, base, script) => expect(pageContext(new URL(url), base).script).toBe(script));

  it("gives the strings of the page's script", () => {
    expect(pageContext(new URL('http://localhost:4321/'), '/').t('nav.archive')).not.toBe(pageContext(new URL('http://localhost:4321/zh-hant/'), '/').t('nav.archive'));
    expect(pageContext(new URL('http://localhost:4321/zh-hant/'), '/').t('question.of', { number: 1, count: 14 })).toMatch(/14/);
  });

  it("makes paths in the page's script, and hrefs under the base", () => {
    const page = pageContext(new URL('http://localhost:4321/transcripts/zh-hant/search/'), '/transcripts/');
    expect(page.paths.archive()).toBe('/zh-hant/');
    expect(page.paths.question('2024-03-07-wang-yi', 5, 14)).toBe('/zh-hant/2024-03-07-wang-yi/05/');
    expect(page.paths.transcript('2024-03-07-wang-yi')).toBe('/zh-hant/2024-03-07-wang-yi/full/');
    expect(page.paths.transcript('2024-03-07-wang-yi', 2)).toBe('/zh-hant/2024-03-07-wang-yi/full/2/');
    expect(page.paths.archivePeriod('2024', '03')).toBe('/zh-hant/2024/03/');
    expect(page.href(page.paths.search())).toBe('/transcripts/zh-hant/search/');
    expect(pageContext(new URL('http://localhost:4321/data/'), '/').href('/data/')).toBe('/data/');
  });
});
