import { beforeAll, expect, it } from 'vitest';
import { BUILD_SITE, htmlFiles, isNotFoundPage, pathOfFile, QUESTIONS, questionPath, readDist, requireBuild } from '../helpers/site';

beforeAll(() => requireBuild());

it('the sitemap lists every page in both scripts, with their alternates', () => {
  expect(readDist('sitemap-index.xml')).toContain(new URL('sitemap-0.xml', BUILD_SITE).href);
  const sitemap = readDist('sitemap-0.xml');
  const entries = [...sitemap.matchAll(/<url>(.*?)<\/url>/gs)].map(([, body = '']) => ({
    loc: /<loc>(.*?)<\/loc>/.exec(body)?.[1] ?? '',
    alternates: Object.fromEntries([...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang, href])),
  }));
  const pages = htmlFiles()
    .filter((file) => !isNotFoundPage(file))
    .map((file) => new URL(pathOfFile(file).slice(1), BUILD_SITE).href);
  expect(entries.map(({ loc }) => loc).sort()).toEqual(pages.sort());
  for (const number of QUESTIONS) {
    const simplified = new URL(questionPath(number).slice(1), BUILD_SITE).href;
    const traditional = new URL(questionPath(number, 'zh-Hant').slice(1), BUILD_SITE).href;
    for (const loc of [simplified, traditional]) {
      expect(entries.find((entry) => entry.loc === loc)?.alternates, loc).toEqual({ 'zh-Hans': simplified, 'zh-Hant': traditional });
    }
  }
});
