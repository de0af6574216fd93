import { CONFERENCE } from '../helpers/site';
import { at, expect, questionPath, type Script, test } from './fixtures';
import { dialog, field, filter, openSearch, panel, questionOf, readingOf, resultLinks, results, search, settled, status, UI } from './search-helpers';

test.describe('opening and closing', () => {
  test('a click on the header search opens the dialog; Esc closes it and focus returns to the link', async ({ page, site }) => {
    await page.goto(at(site, questionPath(3)));
    const open = page.getByRole('banner').getByRole('link', { name: '搜索' });
    await open.click();
    await expect(dialog(page)).toBeVisible();
    await expect(page.getByRole('dialog', { name: '搜索' })).toBeVisible();
    await expect(field(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(open).toBeFocused();
  });

  test('/ opens the search from anywhere on the page, without typing the slash', async ({ page, site }) => {
    await page.goto(at(site, questionPath(3)));
    const switchLink = page.getByRole('navigation', { name: '文字' }).getByRole('link');
    await switchLink.focus();
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    await expect(field(page)).toBeFocused();
    await expect(field(page)).toHaveValue('');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(switchLink).toBeFocused();
  });

  test('Ctrl+K opens the search, and Esc gives focus back', async ({ page, site }) => {
    await page.goto(at(site, questionPath(3)));
    const next = page.getByRole('navigation', { name: '上一问与下一问' }).getByRole('link', { name: /下一问/ });
    await next.focus();
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await expect(field(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(next).toBeFocused();
    await expect(page).toHaveURL(at(site, questionPath(3)));
  });

  test('the field is a search input with an accessible name', async ({ page, site }) => {
    await page.goto(at(site, '/'));
    await openSearch(page);
    await expect(field(page)).toHaveAttribute('type', 'search');
    await expect(field(page)).toHaveAccessibleName(UI['zh-Hans'].field);
  });
});

test('a question page loads no Pagefind file until the search is opened', async ({ page, site }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(at(site, questionPath(4)));
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 2000);
  await page.getByRole('navigation', { name: '本场提问' }).getByRole('link').first().hover();
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  const pagefind = page.waitForRequest((request) => request.url().includes('/pagefind/'));
  await openSearch(page);
  await pagefind;
});

/** Queries and the question each must find among the top three results. */
const QUERIES: { script: Script; label: string; sameScript: boolean; queries: [string, number][] }[] = [
  {
    script: 'zh-Hans',
    label: 'simplified queries on the simplified site',
    sameScript: true,
    queries: [
      ['开拓之年', 1],
      ['普京总统', 2],
      ['地球村', 3],
      ['旧金山', 4],
      ['多极化', 5],
      ['加沙', 6],
      ['不干涉内政', 7],
      ['标本兼治', 7],
      ['中欧班列', 8],
      ['和平统一', 9],
      ['远亲不如近邻', 10],
      ['慕尼黑安全会议', 11],
      ['唱衰中国', 12],
      ['中国式现代化', 12],
      ['南海行为准则', 13],
      ['小院高墙', 14],
    ],
  },
  {
    script: 'zh-Hans',
    label: 'traditional queries on the simplified site',
    sameScript: false,
    queries: [
      ['東盟', 13],
      ['兩國方案', 6],
      ['烏克蘭', 11],
      ['南海行為準則', 13],
      ['台灣', 9],
      ['人類命運共同體', 3],
    ],
  },
  {
    script: 'zh-Hant',
    label: 'simplified queries on the traditional site',
    sameScript: false,
    queries: [
      ['南海', 13],
      ['乌克兰', 11],
      ['一带一路', 8],
      ['两国方案', 6],
      ['台湾', 9],
    ],
  },
  {
    script: 'zh-Hant',
    label: 'traditional queries on the traditional site',
    sameScript: true,
    queries: [
      ['遠親不如近鄰', 10],
      ['中歐班列', 8],
    ],
  },
];

for (const { script, label, sameScript, queries } of QUERIES) {
  test(`${label} find their question in the top three`, async ({ page, site }) => {
    await page.goto(at(site, questionPath(1, script)));
    await openSearch(page);
    for (const [query, question] of queries) {
      await test.step(`${query} → question ${question}`, async () => {
        const top = (await search(page, script, query)).slice(0, 3);
        expect.soft(top.map((result) => questionOf(result.href)), `top three for ${query}: ${top.map((result) => result.href).join(' ')}`).toContain(question);
        // Results stay in the page's script.
        const links = top.flatMap((result) => [result.href, ...result.paragraphs.map((paragraph) => paragraph.href)]);
        expect.soft(links.filter((href) => new URL(href).pathname.includes('/zh-hant/') !== (script === 'zh-Hant')), 'results in the other script').toEqual([]);
        // Each paragraph link leads to a paragraph that has the words (checked where query and page share a script).
        const hit = top.find((result) => questionOf(result.href) === question);
        if (hit && sameScript) {
          expect.soft(hit.paragraphs.length, `paragraphs of ${hit.href}`).toBeGreaterThan(0);
          const reading = await readingOf(page, hit.href);
          for (const { href } of hit.paragraphs) {
            const { hash } = new URL(href);
            expect.soft(hash, `anchor of ${href}`).toMatch(/^#[qa]\d+$/);
            expect.soft(reading[hash.slice(1)], `paragraph ${hash} of question ${question}, linked for ${query}`).toContain(query);
          }
        }
      });
    }
  });
}

test('a result links to the matching paragraph, and opening it shows that paragraph highlighted', async ({ page, site }) => {
  await page.goto(at(site, questionPath(1)));
  await openSearch(page);
  const [result] = await search(page, 'zh-Hans', '小院高墙');
  const href = result?.paragraphs[0]?.href ?? '';
  expect(href).toMatch(/#a\d+$/);
  await panel(page).getByRole('link', { name: /小院高墙/ }).click();
  const { hash } = new URL(href);
  await expect(page).toHaveURL(at(site, `${questionPath(14)}${hash}`));
  const paragraph = page.locator(hash);
  await expect(paragraph).toContainText('小院高墙');
  await expect(paragraph).toBeInViewport();
  expect(await paragraph.evaluate((element) => element.matches(':target'))).toBe(true);
  const background = (selector: string) => page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);
  const highlighted = await background(hash);
  expect(highlighted).not.toBe('rgba(0, 0, 0, 0)');
  expect(highlighted).not.toBe(await background(hash === '#a1' ? '#a2' : '#a1'));
});

test('a press on a result does not rebuild the results under the pointer, so the click lands', async ({ page, site }) => {
  await page.goto(at(site, questionPath(1)));
  await openSearch(page);
  await search(page, 'zh-Hans', '小院高墙');
  const link = panel(page).getByRole('link', { name: /小院高墙/ });
  await link.evaluate((element) => Object.assign(window, { pressedResult: element }));
  // The middle of the link's first line: an excerpt that wraps is a link over several lines.
  const line = await link.evaluate((element) => {
    const { x, y, width, height } = element.getClientRects()[0] ?? new DOMRect();
    return { x: x + width / 2, y: y + height / 2 };
  });
  await page.mouse.move(line.x, line.y);
  // Pressing moves focus out of the field; that must not start a new search that replaces the link being clicked.
  await page.mouse.down();
  const state = await page.evaluate(() => ({
    sameLink: document.querySelector('dialog .result-paragraphs a') === (window as unknown as { pressedResult: Element }).pressedResult,
    status: document.querySelector('dialog [role="status"]')?.textContent,
  }));
  expect(state).toEqual({ sameLink: true, status: '1条结果' });
  await page.mouse.up();
  await expect(page).toHaveURL(at(site, `${questionPath(14)}#a3`));
});

test('a result on the page being read closes the dialog and shows the paragraph', async ({ page, site }) => {
  await page.goto(at(site, questionPath(14)));
  await openSearch(page);
  const [result] = await search(page, 'zh-Hans', '小院高墙');
  const { hash } = new URL(result?.paragraphs[0]?.href ?? '');
  expect(hash).toMatch(/^#a\d+$/);
  await panel(page).getByRole('link', { name: /小院高墙/ }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page).toHaveURL(at(site, `${questionPath(14)}${hash}`));
  await expect(page.locator(hash)).toBeInViewport();
});

test('the outlet and conference filters narrow the results', async ({ page, site }) => {
  await page.goto(at(site, '/'));
  await openSearch(page);
  const all = await search(page, 'zh-Hans', '中国');
  expect(new Set(all.map((result) => questionOf(result.href))).size).toBeGreaterThan(3);

  const outlet = await filter(page, UI['zh-Hans'].outlet);
  await outlet.selectOption('彭博社');
  await expect(status(page)).toHaveText('1条结果');
  const fromBloomberg = await resultLinks(page).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(fromBloomberg.length).toBeGreaterThan(1);
  expect(fromBloomberg.map(questionOf)).toEqual(fromBloomberg.map(() => 4));
  // Nothing from Bloomberg's question mentions the South China Sea.
  await field(page).fill('南海');
  await expect(status(page)).toHaveText(UI['zh-Hans'].none);
  await expect(resultLinks(page)).toHaveCount(0);

  await outlet.selectOption('');
  const conference = await filter(page, UI['zh-Hans'].conference);
  await conference.selectOption(CONFERENCE);
  await field(page).fill('中国');
  await settled(page);
  const inConference = await results(page);
  expect(inConference.length).toBeGreaterThan(0);
  expect(inConference.length).toBeLessThanOrEqual(all.length);
  for (const result of inConference) expect(new URL(result.href).pathname).toContain('/2024-03-07-wang-yi/');
  // The filter offers only the archive's conferences, each named by its date and headline.
  await expect(conference.getByRole('option')).toHaveText([/全部/, /^2024年3月7日 中共中央政治局委员、外交部长王毅/]);
});

test('the filter menus fill without loading the index of filters; a chosen filter loads its own', async ({ page, site }) => {
  // Pagefind counts the values of every filter it has loaded on every search: at the scale of the
  // archive that costs more than the search, so nothing loads them for the menus.
  const filterChunks: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.pf_filter')) filterChunks.push(request.url());
  });
  await page.goto(at(site, '/'));
  await openSearch(page);
  await search(page, 'zh-Hans', '中国');
  const outlet = await filter(page, UI['zh-Hans'].outlet);
  await outlet.focus();
  await expect.poll(() => outlet.locator('option').count()).toBeGreaterThan(1);
  await search(page, 'zh-Hans', '南海');
  expect(filterChunks).toEqual([]);
  await outlet.selectOption('彭博社');
  await expect(status(page)).toHaveText(UI['zh-Hans'].none);
  expect(filterChunks.length).toBeGreaterThan(0);
});

test('both orders share the shards: one script and one WebAssembly for all, each shard once, and best match first after newest first loads nothing again', async ({ page, site }) => {
  const finished: Promise<{ path: string; network: boolean }>[] = [];
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    // A response from the browser's cache has no body on the wire.
    if (/\/pagefind(-\d+)?\/(pagefind\.js|pagefind-entry\.json|wasm\.[^/]+|[^/]+\.pf_meta)$/.test(path)) finished.push(request.sizes().then((sizes) => ({ path, network: sizes.responseBodySize > 0 })));
  });
  const fetched = async () => (await Promise.all(finished)).filter(({ network }) => network).map(({ path }) => path);
  await page.goto(at(site, `/search/?q=${encodeURIComponent('南海')}`));
  await settled(page);
  await page.waitForLoadState('networkidle');
  // The test build indexes in small shards: newest first searched every one of them for the count,
  // each with its entry and metadata, all with the first shard's script and WebAssembly.
  const loaded = await fetched();
  expect(loaded.filter((path) => path.endsWith('/pagefind-entry.json')).length).toBeGreaterThan(1);
  expect(loaded.filter((path) => /\/(pagefind\.js|wasm\.[^/]+)$/.test(path))).toEqual(['/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind']);
  expect(loaded.length).toBe(new Set(loaded).size);

  await (await filter(page, '排序')).selectOption('relevance');
  await settled(page);
  await page.waitForLoadState('networkidle');
  expect((await fetched()).slice(loaded.length)).toEqual([]);
});

test('best match first from a cold address fetches every shard\'s entry and metadata once, both at once rather than one after the other', async ({ page, site }) => {
  const fetched: Promise<{ path: string; network: boolean; start: number; end: number }>[] = [];
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (!/\/pagefind(-\d+)?\/(pagefind-entry\.json|[^/]+\.pf_meta)$/.test(path)) return;
    const { startTime, responseEnd } = request.timing();
    fetched.push(request.sizes().then((sizes) => ({ path, network: sizes.responseBodySize > 0, start: startTime, end: startTime + responseEnd })));
  });
  await page.goto(at(site, `/search/?q=${encodeURIComponent('南海')}&sort=relevance`));
  await settled(page);
  await page.waitForLoadState('networkidle');
  const network = (await Promise.all(fetched)).filter((file) => file.network);
  const folderOf = (path: string) => path.split('/')[1] ?? '';
  const shards = [...new Set(network.map((file) => folderOf(file.path)))];
  // The test build indexes in small shards, and best match searches them all.
  expect(shards.length).toBeGreaterThan(1);
  expect(network.map((file) => file.path).length).toBe(new Set(network.map((file) => file.path)).size);
  for (const shard of shards.filter((folder) => folder !== 'pagefind')) {
    const [entry, meta] = ['/pagefind-entry.json', '.pf_meta'].map((ending) => network.find((file) => folderOf(file.path) === shard && file.path.endsWith(ending)));
    expect(entry && meta, shard).toBeTruthy();
    // Fetched ahead from the search data, the metadata is asked for before the entry that names it has come.
    expect(meta!.start, shard).toBeLessThan(entry!.end);
  }
});

for (const script of ['zh-Hans', 'zh-Hant'] as const) {
  test(`the search speaks the page's script (${script})`, async ({ page, site }) => {
    const ui = UI[script];
    await page.goto(at(site, script === 'zh-Hant' ? '/zh-hant/' : '/'));
    await page.getByRole('banner').getByRole('link', { name: ui.open }).click();
    await expect(page.getByRole('dialog', { name: ui.dialog })).toBeVisible();
    await expect(field(page)).toHaveAccessibleName(ui.field);
    await expect(dialog(page).getByRole('button', { name: ui.close })).toBeVisible();
    await expect(await filter(page, ui.outlet)).toBeVisible();
    await expect(await filter(page, ui.conference)).toBeVisible();
    await search(page, script, '南海');
    await expect(status(page)).toHaveText(ui.count);
    await search(page, script, 'qzxjv');
    await expect(status(page)).toHaveText(ui.none);
    await dialog(page).getByRole('button', { name: ui.close }).click();
    await expect(dialog(page)).toBeHidden();
  });
}

test.describe('edge cases', () => {
  test('an empty query shows no results and no error', async ({ page, site }) => {
    await page.goto(at(site, questionPath(2)));
    await openSearch(page);
    await field(page).press('Enter');
    await expect(resultLinks(page)).toHaveCount(0);
    await expect(status(page)).toHaveText('');
    await search(page, 'zh-Hans', '南海');
    await field(page).fill('   ');
    await field(page).press('Enter');
    await expect(resultLinks(page)).toHaveCount(0);
    await expect(status(page)).toHaveText('');
    await expect(dialog(page)).toBeVisible();
  });

  test('a query mixing words with a space finds what has both', async ({ page, site }) => {
    await page.goto(at(site, '/'));
    await openSearch(page);
    const found = await search(page, 'zh-Hans', '中美 关系');
    expect(found.slice(0, 3).map((result) => questionOf(result.href))).toContain(4);
  });

  test('punctuation in a query is ignored', async ({ page, site }) => {
    await page.goto(at(site, '/'));
    await openSearch(page);
    const top = async (query: string) => (await search(page, 'zh-Hans', query)).slice(0, 3).map((result) => questionOf(result.href));
    expect(await top('“南海行为准则”')).toContain(13);
    expect(await top('人工智能？')).toContain(14);
    expect(await top('東盟！南海……')).toContain(13);
  });

  test('a 200-character query still finds its paragraph', async ({ page, site }) => {
    await page.goto(at(site, questionPath(1)));
    const text = await page.locator('#a2').evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('a, button, ins').forEach((control) => control.remove());
      return copy.textContent ?? '';
    });
    const query = [...text].slice(0, 200).join('');
    expect([...query]).toHaveLength(200);
    await openSearch(page);
    const found = await search(page, 'zh-Hans', query);
    await expect(field(page)).toHaveValue(query);
    expect(found.slice(0, 3).map((result) => questionOf(result.href))).toContain(1);
  });

  test('markup in a query is text: nothing runs, nothing is found', async ({ page, site }) => {
    const dialogs: string[] = [];
    page.on('dialog', (alert) => {
      dialogs.push(alert.message());
      void alert.dismiss();
    });
    await page.goto(at(site, '/'));
    await openSearch(page);
    const query = '<script>alert(1)</script>';
    const scriptsBefore = await page.locator('script').count();
    const found = await search(page, 'zh-Hans', query);
    await expect(field(page)).toHaveValue(query);
    expect(dialogs).toEqual([]);
    expect(await page.locator('script').count()).toBe(scriptsBefore);
    expect(await panel(page).locator('script, img, iframe').count()).toBe(0);
    // The excerpts hold text and <mark> only.
    expect(await panel(page).locator('.result-excerpt *:not(mark)').count()).toBe(0);
    expect(found, 'results for a query that is not in any transcript').toEqual([]);
    await expect(status(page)).toHaveText(UI['zh-Hans'].none);
  });

  test('both the printed and the corrected wording find the corrected passage', async ({ page, site }) => {
    await page.goto(at(site, '/'));
    await openSearch(page);
    for (const query of ['回想', '回避', '夙愿不能再回避了']) {
      const found = await search(page, 'zh-Hans', query);
      expect(found.slice(0, 3).map((result) => questionOf(result.href)), query).toContain(6);
    }
  });
});
