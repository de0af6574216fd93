import type { Page } from '@playwright/test';
import { at, expect, questionPath, test } from './fixtures';

/** The header's script switch: 简 / 繁. */
const switchTo = (page: Page, name: '繁体中文' | '簡體中文') => page.getByRole('navigation', { name: '文字' }).getByRole('link', { name });

test('繁 and 简 switch the page between the scripts, keeping the paragraph', async ({ page, site }) => {
  await page.goto(at(site, `${questionPath(5)}#a3`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('navigation', { name: '文字' }).locator('[aria-current="true"]')).toHaveText('简');

  await switchTo(page, '繁体中文').click();
  await expect(page).toHaveURL(at(site, `${questionPath(5, 'zh-Hant')}#a3`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('main')).toContainText('經濟');
  await expect(page.getByRole('main')).toContainText('發展');
  await expect(page.getByRole('main')).not.toContainText('经济');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('平等有序的多極化與普惠包容的全球化');
  const target = page.locator('#a3');
  await expect(target).toHaveCount(1);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
  await expect(page.getByRole('navigation', { name: '文字' }).locator('[aria-current="true"]')).toHaveText('繁');

  await switchTo(page, '簡體中文').click();
  await expect(page).toHaveURL(at(site, `${questionPath(5)}#a3`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('main')).toContainText('经济');
  expect(await page.locator('#a3').evaluate((element) => element.matches(':target'))).toBe(true);
});

/** Record every navigation a document starts, and how far that document had got: nothing can be painted without a body. */
async function recordRedirects(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigate', (event) => {
      const log = JSON.parse(sessionStorage.getItem('started-navigations') ?? '[]') as unknown[];
      const { destination, navigationType } = event as Event & { destination: { url: string }; navigationType: string };
      log.push({ from: location.pathname, to: new URL(destination.url).pathname, type: navigationType, body: document.body !== null, stylesheets: document.styleSheets.length });
      sessionStorage.setItem('started-navigations', JSON.stringify(log));
    });
  });
}
const redirectsFrom = (page: Page, path: string) =>
  page.evaluate(
    (path) => (JSON.parse(sessionStorage.getItem('started-navigations') ?? '[]') as { from: string }[]).filter((entry) => entry.from === path),
    path,
  );

test('after choosing 繁, a simplified URL opens its traditional twin before painting', async ({ page, site }) => {
  await recordRedirects(page);
  await page.goto(at(site, questionPath(5)));
  await switchTo(page, '繁体中文').click();
  await expect(page).toHaveURL(at(site, questionPath(5, 'zh-Hant')));

  await page.goto(at(site, `${questionPath(7)}#a2`));
  await expect(page).toHaveURL(at(site, `${questionPath(7, 'zh-Hant')}#a2`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  expect(await page.locator('#a2').evaluate((element) => element.matches(':target'))).toBe(true);
  // The simplified page was replaced (not added to history) while still in its <head>: before any style or content, so before paint.
  const pathname = (path: string) => new URL(at(site, path)).pathname;
  expect(await redirectsFrom(page, pathname(questionPath(7)))).toEqual([
    { from: pathname(questionPath(7)), to: pathname(questionPath(7, 'zh-Hant')), type: 'replace', body: false, stylesheets: 0 },
  ]);

  // The archive follows the choice too.
  await page.goto(at(site, '/'));
  await expect(page).toHaveURL(at(site, '/zh-hant/'));
});

test('after choosing 简, simplified URLs stay simplified', async ({ page, site }) => {
  await page.goto(at(site, questionPath(5, 'zh-Hant')));
  await switchTo(page, '簡體中文').click();
  await expect(page).toHaveURL(at(site, questionPath(5)));
  await page.goto(at(site, questionPath(8)));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page).toHaveURL(at(site, questionPath(8)));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('繁 and 简 still lead to the twin pages', async ({ page, site }) => {
    await page.goto(at(site, questionPath(5)));
    await switchTo(page, '繁体中文').click();
    await expect(page).toHaveURL(at(site, questionPath(5, 'zh-Hant')));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await switchTo(page, '簡體中文').click();
    await expect(page).toHaveURL(at(site, questionPath(5)));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  });
});
