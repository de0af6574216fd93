import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_BASE, BUILD_SITE, distFiles, fileOfPath, isNotFoundPage, pathOfFile, requireBuild } from '../helpers/site';
import { parsedPages } from './pages';

// The link graph of the shared build, read from its HTML without a browser.

beforeAll(() => requireBuild());

const buildOrigin = () => new URL(BUILD_SITE).origin;
const basePath = () => new URL(BUILD_SITE).pathname;

/** The dist file a URL of the site is served from, or null when it is outside the site or missing. */
function fileOfUrl(url: URL, exists: (file: string) => boolean): string | null {
  if (url.origin !== buildOrigin() || !url.pathname.startsWith(basePath())) return null;
  return fileOfPath(url.pathname.slice(basePath().length - 1), exists);
}

describe('the built site', () => {
  it('links every internal URL, fragment, id reference and canonical URL to something that exists', () => {
    const existing = new Set(distFiles());
    const exists = (file: string) => existing.has(file);
    const pages = parsedPages();
    expect(pages.length).toBeGreaterThan(30);
    const byFile = new Map(pages.map((page) => [page.file, page]));
    const problems: string[] = [];

    for (const page of pages) {
      const ids = new Set(page.ids);
      const pageUrl = new URL(pathOfFile(page.file).slice(1), BUILD_SITE);
      for (const { tag, attribute, value } of page.links) {
        if (value.startsWith('#')) {
          if (value !== '#' && !ids.has(decodeURIComponent(value.slice(1)))) problems.push(`${page.file}: <${tag} ${attribute}="${value}"> has no target`);
          continue;
        }
        if (/^(mailto|tel|javascript|data):/i.test(value)) continue;
        const url = new URL(value, pageUrl);
        if (url.origin !== buildOrigin() || !/^https?:$/.test(url.protocol)) continue;
        const file = fileOfUrl(url, exists);
        if (!file) {
          problems.push(`${page.file}: <${tag} ${attribute}="${value}"> → ${url.pathname} does not exist in dist/ (base ${BUILD_BASE})`);
          continue;
        }
        const hash = decodeURIComponent(url.hash.slice(1));
        if (hash && file.endsWith('.html') && !byFile.get(file)?.ids.includes(hash)) problems.push(`${page.file}: <${tag} ${attribute}="${value}"> → no id "${hash}" in ${file}`);
      }
      for (const { attribute, value } of page.references) {
        if (!ids.has(value)) problems.push(`${page.file}: ${attribute}="${value}" names no element`);
      }
      const duplicates = page.ids.filter((id, index) => page.ids.indexOf(id) !== index);
      if (duplicates.length > 0) problems.push(`${page.file}: duplicate ids ${duplicates.join(', ')}`);
      // A page's canonical URL is the page itself, absolute.
      if (page.canonical !== null) {
        if (!/^https?:\/\//.test(page.canonical)) problems.push(`${page.file}: canonical ${page.canonical} is not absolute`);
        else if (fileOfUrl(new URL(page.canonical), exists) !== page.file) problems.push(`${page.file}: canonical ${page.canonical} is not this page`);
      }
    }
    expect(problems).toEqual([]);
    // The check saw the kinds of links it is meant to check.
    const all = pages.flatMap((page) => page.links.map((link) => link.value));
    expect(all.some((value) => value.startsWith(BUILD_SITE))).toBe(true);
    expect(all.some((value) => /#a\d+$/.test(value))).toBe(true);
  });

  it('declares hreflang alternates that point at each other both ways on every indexed page', () => {
    const existing = new Set(distFiles());
    const pages = parsedPages();
    const byFile = new Map(pages.map((page) => [page.file, page]));
    const fileOf = (href: string) => fileOfUrl(new URL(href), (file) => existing.has(file));
    const problems: string[] = [];
    let clusters = 0;
    for (const page of pages) {
      const { alternates } = page;
      if (Object.keys(alternates).length === 0) {
        // Only pages kept out of search engines (the 404 pages) may have no twin.
        if (!isNotFoundPage(page.file) && !page.noindex) problems.push(`${page.file}: no hreflang alternates`);
        continue;
      }
      clusters++;
      expect(Object.keys(alternates).sort(), page.file).toEqual(['x-default', 'zh-Hans', 'zh-Hant']);
      if (alternates['x-default'] !== alternates['zh-Hans']) problems.push(`${page.file}: x-default is not the simplified page`);
      const self = alternates[page.lang];
      if (!self || fileOf(self) !== page.file) problems.push(`${page.file}: its ${page.lang} alternate ${self} is not itself`);
      for (const [hreflang, href] of Object.entries(alternates)) {
        const file = fileOf(href);
        const twin = file ? byFile.get(file) : undefined;
        if (!twin) {
          problems.push(`${page.file}: ${hreflang} alternate ${href} is not a page of the site`);
          continue;
        }
        if (hreflang !== 'x-default' && twin.lang !== hreflang) problems.push(`${page.file}: ${hreflang} alternate ${href} is in ${twin.lang}`);
        if (JSON.stringify(Object.entries(twin.alternates).sort()) !== JSON.stringify(Object.entries(alternates).sort())) {
          problems.push(`${page.file}: ${hreflang} alternate ${twin.file} does not point back with the same alternates`);
        }
        if (hreflang !== 'x-default' && twin.canonical !== href) problems.push(`${page.file}: ${hreflang} alternate ${href} is not that page's canonical URL (${twin.canonical})`);
      }
    }
    expect(problems).toEqual([]);
    expect(clusters).toBeGreaterThanOrEqual(2 * 17);
  });
});
