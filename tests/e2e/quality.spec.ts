import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { archivePath, at, conferencePath, expect, layoutShiftsOf, questionPath, type Script, test } from './fixtures';

const SCRIPTS: Script[] = ['zh-Hans', 'zh-Hant'];
const PAGES = [
  { name: 'archive', path: archivePath },
  { name: 'conference page', path: conferencePath },
  { name: 'question page', path: (script: Script) => questionPath(4, script) },
  { name: 'about page', path: (script: Script) => `${archivePath(script)}about/` },
  { name: 'data page', path: (script: Script) => `${archivePath(script)}data/` },
  { name: 'speaker page', path: (script: Script) => `${archivePath(script)}speakers/王毅/` },
  { name: 'outlet page', path: (script: Script) => `${archivePath(script)}outlets/人民日报/` },
  { name: 'list of speakers', path: (script: Script) => `${archivePath(script)}speakers/` },
  { name: 'region page', path: (script: Script) => `${archivePath(script)}regions/us/` },
  { name: 'list of regions', path: (script: Script) => `${archivePath(script)}regions/` },
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

for (const viewport of [{ width: 1280, height: 720 }, { width: 375, height: 740 }]) {
  for (const path of [questionPath(6), `${questionPath(6)}#a4`]) {
    test(`loading ${path} at ${viewport.width} px shifts no layout (CLS 0)`, async ({ page, site }) => {
      await page.setViewportSize(viewport);
      const record = await layoutShiftsOf(page, at(site, path));
      expect(record.shifts).toEqual([]);
      expect(record.cls).toBe(0);
    });
  }
}
