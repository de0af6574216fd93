import type { Page } from '@playwright/test';
import { at, expect, questionPath, test } from './fixtures';

// Input a site must survive: keys that are special in CSS selectors, and search terms that Pagefind
// would match only in pieces. The fixtures fail every test on a console error or uncaught exception.

const dialog = (page: Page) => page.getByRole('dialog');
const field = (page: Page) => page.getByRole('searchbox');
const resultLinks = (page: Page) => dialog(page).getByRole('list').getByRole('link');
const status = (page: Page) => dialog(page).getByRole('status');
const SETTLED = { 'zh-Hans': /^\d+条结果$|^没有找到相关答问。$|^搜索暂时无法使用。$/, 'zh-Hant': /^\d+筆結果$|^沒有找到相關答問。$|^搜尋暫時無法使用。$/ };
const NONE = { 'zh-Hans': '没有找到相关答问。', 'zh-Hant': '沒有找到相關答問。' };

/** Run a query from an empty field in the open dialog and give the result links' paths once the search has answered. */
async function search(page: Page, script: 'zh-Hans' | 'zh-Hant', query: string): Promise<string[]> {
  await field(page).fill('');
  await expect(resultLinks(page)).toHaveCount(0);
  await field(page).fill(query);
  await expect(status(page)).toHaveText(SETTLED[script]);
  return resultLinks(page).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
}

test('keys that are special in CSS selectors do nothing on a question page, and → still turns the page', async ({ page, site }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(at(site, questionPath(3)));
  // The keys a French, German or Swiss layout types without Shift, and Playwright sends unmodified.
  for (const key of ['"', "'", '\\', ']', '[', '#', '.', ':', '(', ')', '{', '}', '*', '>', '~', '|', ',', '=', '$', '^', '%', '@', '`']) {
    await page.keyboard.press(key);
  }
  expect(errors).toEqual([]);
  await expect(page).toHaveURL(at(site, questionPath(3)));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(at(site, questionPath(4)));
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(at(site, questionPath(3)));
});

test.describe('every term a reader types must occur whole in each result', () => {
  // Pagefind splits a term into words and drops those its index lacks: each of these once found pages.
  const UNMATCHED = [
    ['a known number run into 196 unknown letters', `2024${'x'.repeat(196)}`],
    ['a known word run into unknown letters', '中国xxxx'],
    ['unknown letters before a known word', `${'x'.repeat(198)}中国`],
    ['a known word repeated 100 times', '中国'.repeat(100)],
    ['a rare character before a known word', '㐀㐀中国'],
  ] as const;

  for (const script of ['zh-Hans', 'zh-Hant'] as const) {
    test(`terms that occur only in pieces find nothing (${script})`, async ({ page, site }) => {
      await page.goto(at(site, questionPath(1, script)));
      await page.keyboard.press('/');
      await expect(field(page)).toBeFocused();
      for (const [what, query] of UNMATCHED) {
        expect(await search(page, script, query), what).toEqual([]);
        await expect(status(page), what).toHaveText(NONE[script]);
      }
    });
  }

  test('a term that occurs whole is still found, in either script and either wording of a correction', async ({ page, site }) => {
    await page.goto(at(site, questionPath(1, 'zh-Hant')));
    await page.keyboard.press('/');
    for (const query of ['夙愿不能再回避了', '夙願不能再迴避了', '回想', '中国 外交']) {
      const paths = await search(page, 'zh-Hant', query);
      expect(paths.length, query).toBeGreaterThan(0);
    }
    expect(await search(page, 'zh-Hant', '夙愿不能再回避了')).toContainEqual(expect.stringMatching(/\/zh-hant\/2024-03-07-wang-yi\/06\/$/));
  });
});
