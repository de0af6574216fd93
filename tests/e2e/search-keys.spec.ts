import { at, expect, questionPath, test } from './fixtures';
import { field, filter, openSearch, panel, resultLinks, search, settled, status, UI } from './search-helpers';

// The search from the keyboard and with an input method, what it says a query means, how it shows
// dates, and that it recovers from a failed request.

test('while a pinyin input method composes, nothing is searched; the composed words are', async ({ page, site }) => {
  await page.goto(at(site, '/search/'));
  await expect(field(page)).toBeFocused();
  // Every status the search shows and every address it writes, as they happen.
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { seen });
    new MutationObserver(() => seen.push(document.querySelector('[role="status"]')?.textContent ?? '')).observe(document.querySelector('main') as Node, { subtree: true, childList: true, characterData: true });
    const replace = history.replaceState.bind(history);
    const push = history.pushState.bind(history);
    history.replaceState = (data, unused, url) => (seen.push(String(url)), replace(data, unused, url));
    history.pushState = (data, unused, url) => (seen.push(String(url)), push(data, unused, url));
  });
  const ime = await page.context().newCDPSession(page);
  for (const text of ['n', 'na', 'nan', 'nanh', 'nanha', 'nanhai']) {
    await ime.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await expect(field(page)).toHaveValue('nanhai');
  // Longer than the typing pause: a search of the Latin letters would have begun and answered by now.
  await page.waitForTimeout(500);
  await ime.send('Input.insertText', { text: '南海' });
  await expect(field(page)).toHaveValue('南海');
  await settled(page);
  await expect(resultLinks(page).first()).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.filter((entry) => /nan|没有找到/.test(entry))).toEqual([]);
  await expect(page).toHaveURL(at(site, `/search/?q=${encodeURIComponent('南海')}`));
});

test('↓ and ↑ move from the field through the results and back, and Enter opens one', async ({ page, site }) => {
  await page.goto(at(site, questionPath(1)));
  await openSearch(page);
  await search(page, 'zh-Hans', '南海');
  const links = resultLinks(page);
  await field(page).press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(field(page)).toBeFocused();
  await expect(field(page)).toHaveValue('南海');

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const href = await links.nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new URL(href ?? '', at(site, '/')).href);
});

for (const where of ['dialog', 'page'] as const) {
  test(`the first result is at most three Tab stops from the field (${where})`, async ({ page, site }) => {
    await page.goto(at(site, where === 'page' ? `/search/?q=${encodeURIComponent('南海')}` : '/'));
    if (where === 'dialog') {
      await openSearch(page);
      await field(page).fill('南海');
    }
    await settled(page);
    await field(page).focus();
    const first = resultLinks(page).first();
    let stops = 0;
    while (!(await first.evaluate((link) => link === document.activeElement)) && stops < 20) {
      await page.keyboard.press('Tab');
      stops++;
    }
    expect(stops).toBeLessThanOrEqual(3);
  });
}

for (const script of ['zh-Hans', 'zh-Hant'] as const) {
  test(`one line of help says what a query means (${script})`, async ({ page, site }) => {
    await page.goto(at(site, script === 'zh-Hant' ? '/zh-hant/' : '/'));
    await openSearch(page);
    const help = script === 'zh-Hans' ? '结果包含输入的每一个词；不支持 OR，也不支持用减号排除。' : '結果包含輸入的每一個詞；不支援 OR，也不支援用減號排除。';
    await expect(field(page)).toHaveAccessibleDescription(help);
    await expect(panel(page).getByText(help)).toBeVisible();
  });
}

test('results give their date as the pages write it', async ({ page, site }) => {
  await page.goto(at(site, '/'));
  await openSearch(page);
  await search(page, 'zh-Hans', '南海');
  const meta = panel(page).locator('.search-results > li').first().locator('.result-meta').first();
  await expect(meta).toContainText('2024年3月7日');
  await expect(panel(page).locator('.search-results')).not.toContainText('2024-03-07');
});

test('a request that failed is made again by the next search, which then finds its results', async ({ page, site }) => {
  // Pagefind's script, the search data and the menus' values are missing (a deploy under way) until the site is whole again.
  let broken = true;
  const requested: string[] = [];
  for (const file of ['**/pagefind/pagefind.js', '**/pagefind/script-map.json', '**/search-filters.json']) {
    await page.route(file, async (route) => {
      requested.push(`${file}${broken ? ' (missing)' : ''}`);
      // Answered as a missing file (404s are expected in the console).
      if (broken) await route.fulfill({ status: 404, body: '' });
      else await route.continue();
    });
  }
  await page.goto(at(site, '/'));
  await openSearch(page);
  await field(page).fill('南海');
  await expect(status(page)).toHaveText(UI['zh-Hans'].error);
  broken = false;
  await field(page).fill('');
  await field(page).fill('南海');
  await settled(page);
  await expect(resultLinks(page).first()).toBeVisible();
  // The menus' values come too, once a menu is reached.
  const outlet = await filter(page, UI['zh-Hans'].outlet);
  await outlet.focus();
  await expect.poll(() => outlet.locator('option').count()).toBeGreaterThan(1);
  for (const file of ['**/pagefind/pagefind.js', '**/pagefind/script-map.json']) expect(requested).toEqual(expect.arrayContaining([`${file} (missing)`, file]));
  expect(requested).toContain('**/search-filters.json');
});

test('search code that failed to load is loaded again when the search is opened again', async ({ page, site }) => {
  let broken = true;
  await page.route('**/_astro/search.*.js', async (route) => {
    if (broken) await route.fulfill({ status: 404, body: '' });
    else await route.continue();
  });
  await page.goto(at(site, questionPath(3)));
  const failed = page.waitForResponse((response) => /\/_astro\/search\.[^/]*\.js$/.test(response.url()) && response.status() === 404);
  await page.keyboard.press('/');
  await failed;
  await expect(page.getByRole('dialog')).toHaveCount(0);
  broken = false;
  await openSearch(page);
  await search(page, 'zh-Hans', '南海');
  await expect(resultLinks(page).first()).toBeVisible();
});
