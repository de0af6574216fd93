import type { Page } from '@playwright/test';
import { briefingsSite } from './briefings-site';
import { expect, test } from './fixtures';
import { panel, results, settled } from './search-helpers';

// A site of its own, with the seed's opening and first two questions again years apart (on its day,
// which its dateline names): the test build indexes in shards of a few pages, so the oldest two share
// a shard, and a search filtered by date or conference needs only the shards whose days it covers.

const site = briefingsSite(['2022-03-07-briefing', '2023-03-07-briefing', '2026-03-07-briefing'].map((id) => ({ id, headline: `王毅同中外记者交流（${id.slice(0, 4)}）` })));

/** Open a search address; give the conferences of its results (as listed) and the shard folders whose index loaded. */
async function searched(page: Page, query: string): Promise<{ conferences: string[]; shards: string[] }> {
  const shards = new Set<string>();
  page.on('request', (request) => {
    const folder = /\/(pagefind(?:-\d+)?)\/pagefind-entry\.json/.exec(new URL(request.url()).pathname)?.[1];
    if (folder) shards.add(folder);
  });
  await page.goto(`${site().url}/search/${query}`);
  await settled(page);
  // Every result, not only the first page of them.
  const more = panel(page).getByRole('button', { name: '显示更多结果' });
  while (await more.isVisible()) {
    const shown = await panel(page).locator('.search-results > li').count();
    await more.click();
    await expect.poll(() => panel(page).locator('.search-results > li').count()).toBeGreaterThan(shown);
  }
  await page.waitForLoadState('networkidle');
  const conferences = (await results(page)).map((result) => new URL(result.href).pathname.split('/')[1] ?? '');
  return { conferences, shards: [...shards].sort() };
}

// Every page names 王毅, who answers every question.
const QUERY = `?q=${encodeURIComponent('王毅')}`;

for (const order of ['', '&sort=relevance']) {
  test(`a search filtered by conference loads only the shards that can hold it, and finds all its pages (${order ? 'best match' : 'newest'} first)`, async ({ browser }) => {
    const everything = await searched(await browser.newPage(), `${QUERY}${order}`);
    expect(everything.shards.length).toBeGreaterThan(2);
    const filtered = await searched(await browser.newPage(), `${QUERY}&conference=2022-03-07-briefing${order}`);
    expect(filtered.conferences.length).toBeGreaterThan(1);
    expect(new Set(filtered.conferences)).toEqual(new Set(['2022-03-07-briefing']));
    expect(filtered.conferences.length).toBe(everything.conferences.filter((id) => id === '2022-03-07-briefing').length);
    // The first shard starts with the page; past it, only the shard that holds the conference.
    expect(filtered.shards.filter((folder) => folder !== 'pagefind')).toHaveLength(1);
  });
}

test('a date range loads only the shards whose days it covers, and lists every page within it', async ({ browser }) => {
  const everything = await searched(await browser.newPage(), QUERY);
  const ranged = await searched(await browser.newPage(), `${QUERY}&from=2022-01-01&to=2023-12-31`);
  expect(new Set(ranged.conferences)).toEqual(new Set(['2022-03-07-briefing', '2023-03-07-briefing']));
  expect(ranged.conferences.length).toBe(everything.conferences.filter((id) => id.startsWith('2022-') || id.startsWith('2023-')).length);
  expect(ranged.shards.filter((folder) => folder !== 'pagefind')).toHaveLength(1);
  expect(ranged.shards.length).toBeLessThan(everything.shards.length);
});
