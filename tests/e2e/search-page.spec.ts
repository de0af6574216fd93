import { at, expect, test } from './fixtures';
import { dialog, field, filter, openSearch, questionOf, results, settled } from './search-helpers';

// The search page is a page: its heading, form and results, never a dialog over an empty page; and
// the 简/繁 switch takes the search along.

const numbers = (found: { href: string }[]) => found.map((result) => questionOf(result.href));

test('the search page shows its form and results as the page, and Esc leaves them there', async ({ page, site }) => {
  await page.goto(at(site, `/search/?q=${encodeURIComponent('南海')}`));
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('搜索');
  await expect(main.getByRole('search').getByRole('searchbox')).toBeFocused();
  await settled(page);
  expect(numbers(await results(page))[0]).toBe(13);
  await expect(dialog(page)).toHaveCount(0);
  await expect(main.getByRole('button', { name: '关闭' })).toHaveCount(0);

  // Esc has no dialog to close: the page stays as it is.
  await main.locator('.search-results a').first().focus();
  await page.keyboard.press('Escape');
  await expect(main.getByRole('searchbox')).toHaveValue('南海');
  await expect(main.locator('.search-results > li').first()).toBeVisible();
  // The header's search and its keys lead to the page's own field.
  await openSearch(page);
  await page.getByRole('banner').getByRole('link', { name: '搜索' }).click();
  await expect(field(page)).toBeFocused();
  await expect(page).toHaveURL(at(site, `/search/?q=${encodeURIComponent('南海')}`));
  await expect(dialog(page)).toHaveCount(0);
});

test('繁 keeps the query and the filters, each filter as the traditional menu writes it', async ({ page, site }) => {
  await page.goto(at(site, `/search/?q=${encodeURIComponent('南海')}&answerer=${encodeURIComponent('王毅')}`));
  await settled(page);
  const simplified = numbers(await results(page));
  expect(simplified[0]).toBe(13);
  await page.getByRole('navigation', { name: '文字' }).getByRole('link').click();
  await expect(page).toHaveURL(at(site, `/zh-hant/search/?q=${encodeURIComponent('南海')}&answerer=${encodeURIComponent('王毅')}`));
  await expect(field(page)).toHaveValue('南海');
  await expect(await filter(page, '答問人')).toHaveValue('王毅');
  await settled(page, 'zh-Hant');
  expect(numbers(await results(page))).toEqual(simplified);
});

test('an outlet written differently in the two scripts is kept: 新华社 selects 新華社, and back', async ({ page, site }) => {
  await page.goto(at(site, `/search/?outlet=${encodeURIComponent('新华社')}`));
  await settled(page);
  const fromXinhua = numbers(await results(page));
  expect(fromXinhua.length).toBeGreaterThan(0);
  await page.getByRole('navigation', { name: '文字' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/zh-hant\/search\/\?outlet=/);
  await expect(await filter(page, '媒體')).toHaveValue('新華社');
  await settled(page, 'zh-Hant');
  expect(numbers(await results(page))).toEqual(fromXinhua);

  // The switch follows what is typed after arrival, and back.
  await field(page).fill('台灣');
  await settled(page, 'zh-Hant');
  await page.getByRole('navigation', { name: '文字' }).getByRole('link').click();
  await expect(page).toHaveURL(at(site, `/search/?q=${encodeURIComponent('台灣')}&outlet=${encodeURIComponent('新華社')}`));
  await expect(field(page)).toHaveValue('台灣');
  await expect(await filter(page, '媒体')).toHaveValue('新华社');
  await settled(page);
});
