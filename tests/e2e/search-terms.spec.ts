import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { briefingsSite } from './briefings-site';
import { at, expect, QUESTION_COUNT, type Script, test } from './fixtures';
import { field, panel, results, settled, status, UI } from './search-helpers';

// How often a term was said: the search page's counts per year and per answerer, opened on request.
// The counts are checked against the results the search lists, read to the end.

const WORDS = {
  'zh-Hans': { open: '按年份和答问人统计', more: '显示更多结果', years: '每年符合检索的答问数', rate: /按当年答问总数折算/, perYearRate: '每年每百条答问中符合检索的条数', answerers: '各答问人符合检索的答问数', table: '数据表' },
  'zh-Hant': { open: '按年份和答問人統計', more: '顯示更多結果', years: '每年符合檢索的答問數', rate: /按當年答問總數換算/, perYearRate: '每年每百筆答問中符合檢索的筆數', answerers: '各答問人符合檢索的答問數', table: '資料表' },
} as const;

const chart = (page: Page) => panel(page).locator('details.search-terms');
const years = (page: Page) => chart(page).locator('figure.search-terms-years');
const answerers = (page: Page) => chart(page).locator('figure.search-terms-answerers');

/** Open the chart and wait for its figures. */
async function openChart(page: Page, script: Script): Promise<void> {
  await chart(page).getByText(WORDS[script].open).click();
  await expect(chart(page).locator('figure, .search-terms-note').first()).toBeVisible();
  await expect(chart(page).locator('.search-terms-body')).not.toHaveAttribute('aria-busy');
}

/** Show every result of the search on screen and give the year of each question among them (conference pages left out). */
async function questionYears(page: Page, script: Script): Promise<string[]> {
  await settled(page, script);
  const more = panel(page).getByRole('button', { name: WORDS[script].more });
  while (await more.isVisible()) await more.click();
  await expect(status(page)).toHaveText(new RegExp(`^${UI[script].count.source.replace('(至少)?', '')}$|^${UI[script].none}$`));
  return (await results(page)).flatMap(({ href }) => {
    const match = /\/(\d{4})-\d\d-\d\d-[^/]+\/\d+\/$/.exec(new URL(href).pathname);
    return match?.[1] ? [match[1]] : [];
  });
}

/** Read a table's rows as text, its header cell first. */
function rowsOf(figure: Locator): Promise<string[][]> {
  return figure.locator('tbody tr').evaluateAll((rows: HTMLTableRowElement[]) => rows.map((row) => [...row.cells].map((cell) => cell.textContent?.trim() ?? '')));
}

/** Count items by value. */
function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

test('nothing for the counts loads before the reader opens them; then every shard counts', async ({ page, site }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(at(site, `/search/?q=${encodeURIComponent('中国')}`));
  await settled(page);
  await page.waitForLoadState('networkidle');
  const beforeOpening = [...requested];
  // The search itself: Pagefind's shards as before, and neither the chart's code nor a filter index.
  expect(beforeOpening.filter((path) => path.endsWith('.pf_filter'))).toEqual([]);
  expect(beforeOpening.filter((path) => /search-terms/.test(path))).toEqual([]);
  expect(beforeOpening.some((path) => /\/pagefind\/pagefind-entry\.json$/.test(path))).toBe(true);
  await expect(chart(page)).toBeVisible();

  const started = Date.now();
  await openChart(page, 'zh-Hans');
  await expect(years(page).locator('svg[role="img"]')).toBeVisible();
  test.info().annotations.push({ type: 'time to open the chart', description: `${Date.now() - started} ms` });
  const opened = requested.slice(beforeOpening.length);
  expect(opened.some((path) => /\/search-terms\.[\w-]+\.js$/.test(path))).toBe(true);
  // Every shard's filter index: the counts are the sum over the shards.
  const shards = new Set(beforeOpening.flatMap((path) => /\/(pagefind(?:-\d+)?)\/pagefind-entry\.json$/.exec(path)?.[1] ?? []));
  expect(shards.size).toBeGreaterThan(1);
  const counted = new Set(opened.flatMap((path) => /\/(pagefind(?:-\d+)?)\/filter\/[^/]+\.pf_filter$/.exec(path)?.[1] ?? []));
  expect(counted).toEqual(shards);
});

for (const script of ['zh-Hans', 'zh-Hant'] as const) {
  test(`the counts per year and per answerer are the answers the search lists, each bar a link to them (${script})`, async ({ page, site }) => {
    const prefix = script === 'zh-Hant' ? '/zh-hant' : '';
    const query = script === 'zh-Hant' ? '中國' : '中国';
    await page.goto(at(site, `${prefix}/search/?q=${encodeURIComponent(query)}`));
    const listed = tally(await questionYears(page, script));
    expect(listed['2024']).toBeGreaterThan(1);
    await openChart(page, script);

    // The chart: plain SVG, an image with a title that gives every year's count.
    const image = years(page).locator('svg[role="img"]');
    await expect(image).toHaveAccessibleName(`${WORDS[script].years}：2024年${listed['2024']}`);
    await expect(image.locator('title')).toHaveText(`${WORDS[script].years}：2024年${listed['2024']}`);
    // The table alternative, under its caption: matching answers, every answer that year, per 100.
    await years(page).getByText(WORDS[script].table).click();
    const table = years(page).getByRole('table', { name: WORDS[script].years });
    await expect(table).toBeVisible();
    const per100 = Math.round(((listed['2024'] ?? 0) * 1000) / QUESTION_COUNT) / 10;
    expect(await rowsOf(years(page))).toEqual([['2024', String(listed['2024']), String(QUESTION_COUNT), Number.isInteger(per100) ? String(per100) : per100.toFixed(1)]]);
    // Every answer of the seed is 王毅's.
    await expect(answerers(page).locator('svg[role="img"] title')).toHaveText(`${WORDS[script].answerers}：王毅${listed['2024']}`);
    expect(await rowsOf(answerers(page))).toEqual([['王毅', String(listed['2024'])]]);

    // A bar is a link, reached with the keyboard, its focus drawn, that leads to those results.
    const bar = years(page).locator('svg.chart-links a');
    await expect(bar).toHaveCount(1);
    await chart(page).getByRole('checkbox').focus();
    await page.keyboard.press('Tab');
    await expect(bar).toBeFocused();
    expect(await bar.locator('.hit').evaluate((hit) => getComputedStyle(hit).strokeWidth)).toBe('3px');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(at(site, `${prefix}/search/?q=${encodeURIComponent(query)}&from=2024-01-01&to=2024-12-31`));
    expect(tally(await questionYears(page, script))).toEqual(listed);

    // An answerer's bar keeps the query and sets the answerer.
    await page.goBack();
    await openChart(page, script);
    await answerers(page).locator('svg.chart-links a').click();
    await expect(page).toHaveURL(at(site, `${prefix}/search/?q=${encodeURIComponent(query)}&answerer=${encodeURIComponent('王毅')}`));
    expect(tally(await questionYears(page, script))).toEqual(listed);
  });
}

test('an open chart counts each new search, and closing it mid-count loses nothing', async ({ page, site }) => {
  await page.goto(at(site, `/search/?q=${encodeURIComponent('中国')}`));
  await settled(page);
  await chart(page).getByText(WORDS['zh-Hans'].open).click();
  // Closed and opened again at once: the count under way shows when it is done.
  await chart(page).getByText(WORDS['zh-Hans'].open).click();
  await chart(page).getByText(WORDS['zh-Hans'].open).click();
  await expect(years(page).locator('svg[role="img"] title')).toHaveText(/^每年符合检索的答问数：2024年\d+$/);
  for (const query of ['南海', '乌克兰']) {
    await field(page).fill(query);
    const listed = tally(await questionYears(page, 'zh-Hans'));
    await expect(years(page).locator('svg[role="img"] title')).toHaveText(`${WORDS['zh-Hans'].years}：2024年${listed['2024']}`);
  }
});

test('the open chart has no accessibility violations', async ({ page, site }) => {
  await page.goto(at(site, `/search/?q=${encodeURIComponent('南海')}`));
  await settled(page);
  await openChart(page, 'zh-Hans');
  for (const details of await chart(page).locator('figure details').all()) await details.locator('summary').click();
  const { violations } = await new AxeBuilder({ page }).include('details.search-terms').analyze();
  expect(violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`))).toEqual([]);
});

test.describe('an archive of several years', () => {
  // The seed, and its opening and first two questions again in 2022 and in 2026: 2023 and 2025 have no conference.
  const site = briefingsSite(['2022-03-07-briefing', '2026-03-07-briefing'].map((id) => ({ id, headline: `王毅同中外记者交流（${id.slice(0, 4)}）` })));

  for (const query of ['中国外交', '中俄 关系']) {
    test(`every year from the first to the last, counted as the search lists them, and per 100 answers (${query})`, async ({ page }) => {
      await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, site().url).href);
      const listed = tally(await questionYears(page, 'zh-Hans'));
      expect(Object.keys(listed).length).toBeGreaterThan(1);
      await openChart(page, 'zh-Hans');
      const rows = await rowsOf(years(page));
      expect(rows.map(([year]) => year)).toEqual(['2022', '2023', '2024', '2025', '2026']);
      expect(Object.fromEntries(rows.map(([year, count]) => [year, Number(count)]))).toEqual({ 2022: 0, 2023: 0, 2024: 0, 2025: 0, 2026: 0, ...listed });
      // Every answer of each year: two in each short conference, none in the years without one.
      expect(rows.map((row) => Number(row[2]))).toEqual([2, 0, QUESTION_COUNT, 0, 2]);

      // Per 100 answers that year: the chart and the table's caption say so.
      await chart(page).getByRole('checkbox', { name: WORDS['zh-Hans'].rate }).check();
      await expect(years(page).locator('table caption')).toHaveText(WORDS['zh-Hans'].perYearRate);
      const rated = await rowsOf(years(page));
      for (const [year, count, total, rate] of rated) {
        if (Number(total) === 0) expect(rate, year).toBe('—');
        else expect(Number(rate), year).toBeCloseTo((Number(count) * 100) / Number(total), 1);
      }
      const title = (await years(page).locator('svg[role="img"] title').textContent()) ?? '';
      expect(title.startsWith(`${WORDS['zh-Hans'].perYearRate}：`)).toBe(true);
      expect(title).toContain(`2026年${rated[4]?.[3]}`);

      // The years with answers are links, in order, each to its year's results.
      const links = years(page).locator('svg.chart-links a');
      const linked = Object.keys(listed).sort();
      await expect(links).toHaveCount(linked.length);
      const first = linked[0] ?? '';
      await links.first().click();
      await expect(page).toHaveURL(new RegExp(`from=${first}-01-01&to=${first}-12-31$`));
      expect(tally(await questionYears(page, 'zh-Hans'))).toEqual({ [first]: listed[first] });
    });
  }
});
