import { beforeAll, expect, it } from 'vitest';
import { BUILD_SITE, isNotFoundPage, pathOfFile, QUESTIONS, questionPath, readDist, requireBuild } from '../helpers/site';
import { parsedPages } from './pages';

beforeAll(() => requireBuild());

it('the sitemap lists every indexed page in both scripts, with their alternates, and no page kept out of search engines', () => {
  expect(readDist('sitemap-index.xml')).toContain(new URL('sitemap-0.xml', BUILD_SITE).href);
  const sitemap = readDist('sitemap-0.xml');
  const entries = [...sitemap.matchAll(/<url>(.*?)<\/url>/gs)].map(([, body = '']) => ({
    loc: /<loc>(.*?)<\/loc>/.exec(body)?.[1] ?? '',
    alternates: Object.fromEntries([...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang = '', href = '']) => [lang, href])),
  }));
  const pages = parsedPages()
    .filter((page) => !isNotFoundPage(page.file) && !page.noindex)
    .map((page) => new URL(pathOfFile(page.file).slice(1), BUILD_SITE).href);
  expect(entries.map(({ loc }) => loc).sort()).toEqual(pages.sort());
  // Every page names itself and its twin, and the twin is listed too.
  const listed = new Set(entries.map(({ loc }) => loc));
  for (const { loc, alternates } of entries) {
    expect(Object.keys(alternates).sort(), loc).toEqual(['zh-Hans', 'zh-Hant']);
    expect(Object.values(alternates), loc).toContain(loc);
    for (const href of Object.values(alternates)) expect(listed.has(href), `${loc} → ${href}`).toBe(true);
  }
  for (const number of QUESTIONS) {
    const simplified = new URL(questionPath(number).slice(1), BUILD_SITE).href;
    const traditional = new URL(questionPath(number, 'zh-Hant').slice(1), BUILD_SITE).href;
    for (const loc of [simplified, traditional]) {
      expect(entries.find((entry) => entry.loc === loc)?.alternates, loc).toEqual({ 'zh-Hans': simplified, 'zh-Hant': traditional });
    }
  }
});
