import { CONFERENCE } from '../helpers/site';
import { briefingsSite, HEADLINE } from './briefings-site';
import { expect, test } from './fixtures';
import { field, filter, openSearch, panel, resultLinks, results, settled, status } from './search-helpers';

// A site of its own, with three more conferences on the seed's day: the search filters by
// conference, not by day, and holds more results than it shows at once.

/** The other conferences of the day: the seed's opening and first two questions under a headline of their own. */
const SAME_DAY = ['一', '二', '三'].map((number) => ({
  id: `2024-03-07-briefing-${number === '一' ? 1 : number === '二' ? 2 : 3}`,
  headline: `王毅同中外记者交流（第${number}场）`,
}));

const site = briefingsSite(SAME_DAY);

test('two conferences on one day are two choices, and each lists its own pages', async ({ page }) => {
  await page.goto(site().url);
  await openSearch(page);
  const conference = await filter(page, '记者会');
  await conference.focus();
  await expect(conference.getByRole('option')).toHaveText([/全部/, '2024年3月7日 王毅同中外记者交流（第一场）', '2024年3月7日 王毅同中外记者交流（第二场）', '2024年3月7日 王毅同中外记者交流（第三场）', `2024年3月7日 ${HEADLINE}`]);
  for (const id of [CONFERENCE, '2024-03-07-briefing-2']) {
    await conference.selectOption(id);
    await settled(page);
    const paths = (await results(page)).map((result) => new URL(result.href).pathname);
    expect(paths.length).toBeGreaterThan(2);
    expect(paths.filter((path) => !path.startsWith(`/${id}/`)), id).toEqual([]);
  }
});

test('more results than shown: the count says "at least", and after 显示更多结果 focus is on the first new result', async ({ page }) => {
  await page.goto(site().url);
  await openSearch(page);
  // Every page names 王毅, who answers every question: 15 pages of the seed and 3 of each other conference.
  await field(page).fill('王毅');
  await expect(status(page)).toHaveText('至少20条结果');
  await expect(panel(page).locator('.search-results > li')).toHaveCount(20);
  await panel(page).getByRole('button', { name: '显示更多结果' }).click();
  await expect(panel(page).locator('.search-results > li')).toHaveCount(24);
  await expect(status(page)).toHaveText('24条结果');
  await expect(panel(page).locator('.search-results > li').nth(20).getByRole('link').first()).toBeFocused();
  await expect(panel(page).getByRole('button', { name: '显示更多结果' })).toBeHidden();
  await expect(resultLinks(page).first()).toBeVisible();
});
