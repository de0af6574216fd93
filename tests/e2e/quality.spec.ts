import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import {
  archivePath,
  at,
  BUILD_BASE,
  BUILD_SITE,
  conferencePath,
  DIST,
  expect,
  fileOfPath,
  htmlFiles,
  pathOfFile,
  questionPath,
  type Script,
  test,
} from './fixtures';

const SCRIPTS: Script[] = ['zh-Hans', 'zh-Hant'];
const PAGES = [
  { name: 'archive', path: archivePath },
  { name: 'conference page', path: conferencePath },
  { name: 'question page', path: (script: Script) => questionPath(4, script) },
  { name: 'about page', path: (script: Script) => `${archivePath(script)}about/` },
];

/** Axe's findings, one readable line per rule and element. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')}`));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const script of SCRIPTS) {
      for (const { name, path } of PAGES) {
        test(`the ${name} in ${script} has no accessibility violations`, async ({ page, site }) => {
          await page.goto(at(site, path(script)));
          await expect(page.locator('html')).toHaveAttribute('lang', script);
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    }
  });
}

test('the open search dialog with results has no accessibility violations', async ({ page, site }) => {
  await page.goto(at(site, questionPath(13)));
  await page.getByRole('link', { name: '搜索' }).click();
  await page.getByRole('searchbox').fill('南海');
  await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('an unknown path answers 404 with a page that leads back to the archive and to search', async ({ page, site }) => {
  const response = await page.goto(at(site, '/no-such-conference/99/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这一页');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: '搜索' })).toHaveAttribute('href', new URL(at(site, '/search/')).pathname);
  await main.getByRole('link', { name: '搜索' }).click();
  await expect(page.getByRole('dialog', { name: '搜索' })).toBeVisible();
  await page.keyboard.press('Escape');
  await main.getByRole('link', { name: '全部记者会' }).click();
  await expect(page).toHaveURL(at(site, '/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部记者会');
});

/** What the link check needs from one HTML file, parsed by the browser's own HTML parser. */
interface Parsed {
  file: string;
  lang: string;
  ids: string[];
  /** Every URL the file points at: links, stylesheets, scripts, images, icons. */
  links: { tag: string; attribute: string; value: string }[];
  /** References to ids of the same file (aria-describedby, label for, …). */
  references: { attribute: string; value: string }[];
  canonical: string | null;
  alternates: Record<string, string>;
}

function parseAll(page: Page, documents: { file: string; html: string }[]): Promise<Parsed[]> {
  return page.evaluate((documents) => {
    const parser = new DOMParser();
    return documents.map(({ file, html }) => {
      const document = parser.parseFromString(html, 'text/html');
      const links = [...document.querySelectorAll('[href], [src], [srcset], [poster], form[action]')].flatMap((element) =>
        ['href', 'src', 'srcset', 'poster', 'action']
          .filter((attribute) => element.hasAttribute(attribute))
          .flatMap((attribute) => {
            const value = element.getAttribute(attribute) ?? '';
            const values = attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
            return values.map((url) => ({ tag: element.tagName.toLowerCase(), attribute, value: url }));
          }),
      );
      const references = [...document.querySelectorAll('[aria-describedby], [aria-labelledby], [aria-controls], [aria-owns], label[for], [list]')].flatMap((element) =>
        ['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns', 'for', 'list']
          .filter((attribute) => element.hasAttribute(attribute))
          .flatMap((attribute) => (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean).map((value) => ({ attribute, value }))),
      );
      const alternates = Object.fromEntries(
        [...document.querySelectorAll('link[rel~="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? '']),
      );
      return {
        file,
        lang: document.documentElement.lang,
        ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
        links,
        references,
        canonical: document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null,
        alternates,
      };
    });
  }, documents);
}

test.describe('the built site', () => {
  const files = () => readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(DIST, file)).isFile());
  const buildOrigin = new URL(BUILD_SITE).origin;

  test('every internal link, fragment, alternate and canonical URL resolves', async ({ page, site }) => {
    const existing = new Set(files().map((file) => file.split('\\').join('/')));
    const exists = (file: string) => existing.has(file);
    const documents = htmlFiles().map((file) => ({ file, html: readFileSync(join(DIST, file), 'utf8') }));
    expect(documents.length).toBeGreaterThan(30);
    const parsed = await parseAll(page, documents);
    const byFile = new Map(parsed.map((document) => [document.file, document]));
    const problems: string[] = [];

    /** Map a URL found in `from` to the dist file it is served from and its fragment; null for external URLs. */
    const resolve = (from: string, value: string) => {
      // The test server's origin and the build's origin both stand for dist/.
      const pageUrl = new URL(pathOfFile(from).slice(1), BUILD_SITE);
      const url = new URL(value, pageUrl);
      if (url.origin !== buildOrigin || !/^https?:$/.test(url.protocol)) return null;
      const basePath = new URL(BUILD_SITE).pathname;
      if (!url.pathname.startsWith(basePath)) return { file: null, hash: url.hash, path: url.pathname };
      return { file: fileOfPath(url.pathname.slice(basePath.length - 1), exists), hash: url.hash, path: url.pathname };
    };

    for (const document of parsed) {
      const ids = new Set(document.ids);
      for (const { tag, attribute, value } of document.links) {
        if (value.startsWith('#')) {
          if (value !== '#' && !ids.has(decodeURIComponent(value.slice(1)))) problems.push(`${document.file}: <${tag} ${attribute}="${value}"> has no target`);
          continue;
        }
        if (/^(mailto|tel|javascript|data):/i.test(value)) continue;
        const target = resolve(document.file, value);
        if (!target) continue;
        if (!target.file) {
          problems.push(`${document.file}: <${tag} ${attribute}="${value}"> → ${target.path} does not exist in dist/ (base ${BUILD_BASE})`);
          continue;
        }
        const hash = decodeURIComponent(target.hash.slice(1));
        if (hash && target.file.endsWith('.html') && !byFile.get(target.file)?.ids.includes(hash)) {
          problems.push(`${document.file}: <${tag} ${attribute}="${value}"> → no id "${hash}" in ${target.file}`);
        }
      }
      for (const { attribute, value } of document.references) {
        if (!ids.has(value)) problems.push(`${document.file}: ${attribute}="${value}" names no element`);
      }
      const duplicates = document.ids.filter((id, index) => document.ids.indexOf(id) !== index);
      if (duplicates.length > 0) problems.push(`${document.file}: duplicate ids ${duplicates.join(', ')}`);

      // A page's canonical URL is the page itself, absolute.
      if (document.canonical !== null) {
        if (!/^https?:\/\//.test(document.canonical)) problems.push(`${document.file}: canonical ${document.canonical} is not absolute`);
        const target = resolve(document.file, document.canonical);
        if (target?.file !== document.file) problems.push(`${document.file}: canonical ${document.canonical} is not this page`);
      }
    }
    expect(problems).toEqual([]);
    // The check saw the kinds of links it is meant to check.
    const all = parsed.flatMap((document) => document.links.map((link) => link.value));
    expect(all.some((value) => value.startsWith(BUILD_SITE))).toBe(true);
    expect(all.some((value) => /#a\d+$/.test(value))).toBe(true);
    // The test server serves what the check resolved: one absolute URL fetched for real.
    const response = await page.request.get(at(site, questionPath(5, 'zh-Hant')));
    expect(response.status()).toBe(200);
  });

  test('hreflang alternates point at each other both ways', async ({ page }) => {
    const documents = htmlFiles().map((file) => ({ file, html: readFileSync(join(DIST, file), 'utf8') }));
    const parsed = await parseAll(page, documents);
    const byFile = new Map(parsed.map((document) => [document.file, document]));
    const existing = new Set(files().map((file) => file.split('\\').join('/')));
    const basePath = new URL(BUILD_SITE).pathname;
    const fileOf = (url: string) => {
      const { origin, pathname } = new URL(url);
      return origin === new URL(BUILD_SITE).origin && pathname.startsWith(basePath) ? fileOfPath(pathname.slice(basePath.length - 1), (file) => existing.has(file)) : null;
    };
    const problems: string[] = [];
    let clusters = 0;
    for (const document of parsed) {
      const { alternates } = document;
      if (Object.keys(alternates).length === 0) {
        // Only the 404 pages have no twin.
        if (!/(^|\/)404(\.html|\/index\.html)$/.test(document.file)) problems.push(`${document.file}: no hreflang alternates`);
        continue;
      }
      clusters++;
      expect(Object.keys(alternates).sort(), document.file).toEqual(['x-default', 'zh-Hans', 'zh-Hant']);
      if (alternates['x-default'] !== alternates['zh-Hans']) problems.push(`${document.file}: x-default is not the simplified page`);
      const self = alternates[document.lang];
      if (!self || fileOf(self) !== document.file) problems.push(`${document.file}: its ${document.lang} alternate ${self} is not itself`);
      for (const [hreflang, href] of Object.entries(alternates)) {
        const file = fileOf(href);
        const twin = file ? byFile.get(file) : undefined;
        if (!twin) {
          problems.push(`${document.file}: ${hreflang} alternate ${href} is not a page of the site`);
          continue;
        }
        if (hreflang !== 'x-default' && twin.lang !== hreflang) problems.push(`${document.file}: ${hreflang} alternate ${href} is in ${twin.lang}`);
        if (JSON.stringify(Object.entries(twin.alternates).sort()) !== JSON.stringify(Object.entries(alternates).sort())) {
          problems.push(`${document.file}: ${hreflang} alternate ${twin.file} does not point back with the same alternates`);
        }
        if (twin.canonical !== href && hreflang !== 'x-default') problems.push(`${document.file}: ${hreflang} alternate ${href} is not that page's canonical URL (${twin.canonical})`);
      }
    }
    expect(problems).toEqual([]);
    expect(clusters).toBeGreaterThanOrEqual(2 * 17);
  });

  test('every HTML file validates (html-validate, recommended rules)', async () => {
    // No rule is disabled: the site's HTML passes the full recommended preset.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const report = await validator.validateFile(join(DIST, file));
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

for (const viewport of [{ width: 1280, height: 720 }, { width: 375, height: 740 }]) {
  for (const path of [questionPath(6), `${questionPath(6)}#a4`]) {
    test(`loading ${path} at ${viewport.width} px shifts no layout (CLS 0)`, async ({ page, site }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript(() => {
        const record = { cls: 0, shifts: [] as string[] };
        const add = (entries: PerformanceEntryList) => {
          for (const entry of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
            if (entry.hadRecentInput) continue;
            record.cls += entry.value;
            record.shifts.push(`${entry.value.toFixed(4)} ${(entry.sources ?? []).map((source) => (source.node instanceof Element ? source.node.outerHTML.slice(0, 60) : source.node?.nodeName)).join(' | ')}`);
          }
        };
        const observer = new PerformanceObserver((list) => add(list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        Object.assign(window, { layoutShifts: { record, flush: () => add(observer.takeRecords()) } });
      });
      await page.goto(at(site, path));
      await page.evaluate(() => document.fonts.ready);
      // Let the page render twice more after load, then collect every shift the observer has seen.
      const record = await page.evaluate(
        () =>
          new Promise<{ cls: number; shifts: string[] }>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const { layoutShifts } = window as unknown as { layoutShifts: { record: { cls: number; shifts: string[] }; flush: () => void } };
                layoutShifts.flush();
                resolve(layoutShifts.record);
              }),
            ),
          ),
      );
      expect(record.shifts).toEqual([]);
      expect(record.cls).toBe(0);
    });
  }
}
