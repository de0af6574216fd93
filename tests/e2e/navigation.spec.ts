import type { Page } from '@playwright/test';
import { at, conferencePath, expect, QUESTION_COUNT, questionPath, test } from './fixtures';

const HEADLINE = /王毅就中国外交政策和对外关系回答中外记者提问/;

/** The pager's "next question" link (`rel="next"`). */
const nextLink = (page: Page) => page.getByRole('navigation', { name: '上一问与下一问' }).getByRole('link', { name: /下一问/ });
/** The sidebar (a disclosure on narrow screens) listing the conference's questions. */
const questionList = (page: Page) => page.getByRole('navigation', { name: '本场提问' });

test('a reader walks from the archive through all 14 questions and back to the conference', async ({ page, site }) => {
  await page.goto(at(site, '/'));
  await page.getByRole('main').getByRole('link', { name: HEADLINE }).click();
  await expect(page).toHaveURL(at(site, conferencePath()));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);

  await page.getByRole('region', { name: '提问' }).getByRole('link', { name: /中国外交的过去一年与新的一年/ }).click();
  for (let number = 1; number <= QUESTION_COUNT; number++) {
    await expect(page).toHaveURL(at(site, questionPath(number)));
    await expect(page.getByRole('navigation', { name: '位置' }).getByRole('listitem').last()).toHaveText(`第${number}问`);
    // The page heading is the question's topic, as listed in the sidebar.
    const topic = await questionList(page).getByRole('list').getByRole('link').nth(number - 1).locator('.topic').textContent();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic ?? '');
    await expect(nextLink(page)).toHaveAttribute('rel', 'next');
    await nextLink(page).click();
  }
  // After the last question of this partial text, "next" leads to the page that says question 15 is
  // not in it; from there the conference page is one link away.
  await expect(page).toHaveURL(at(site, questionPath(QUESTION_COUNT + 1)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`第${QUESTION_COUNT + 1}问不在本文本中`);
  await page.getByRole('main').getByRole('link', { name: '本场记者会' }).click();
  await expect(page).toHaveURL(at(site, conferencePath()));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
});

test('the first question\'s "previous" link leads to the conference page', async ({ page, site }) => {
  await page.goto(at(site, questionPath(1)));
  const previous = page.getByRole('navigation', { name: '上一问与下一问' }).getByRole('link', { name: /上一问/ });
  await expect(previous).toHaveAttribute('rel', 'prev');
  await previous.click();
  await expect(page).toHaveURL(at(site, conferencePath()));
});

test('← and → move to the previous and next question', async ({ page, site }) => {
  await page.goto(at(site, questionPath(2)));
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(at(site, questionPath(1)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('中国外交的过去一年与新的一年');
  // The keys work once the new page's script has run.
  await page.waitForLoadState();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(at(site, questionPath(2)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('中俄建交75周年与合作潜力');
});

test('← and → do nothing while the reader types in a field', async ({ page, site }) => {
  await page.goto(at(site, questionPath(2)));
  // Count every link activation and every navigation the page starts; both must stay at zero.
  await page.evaluate(() => {
    const counters = { clicks: 0, unloads: 0 };
    Object.assign(window, { counters });
    document.addEventListener('click', (event) => event.target instanceof Element && event.target.closest('a') && counters.clicks++, true);
    window.addEventListener('beforeunload', () => counters.unloads++);
  });
  await page.keyboard.press('/');
  const field = page.getByRole('searchbox');
  await expect(field).toBeFocused();
  await page.keyboard.type('中美');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  // The keys reached the field (the caret moved) and nothing else.
  await page.keyboard.type('x');
  await expect(field).toHaveValue('中x美');
  expect(await page.evaluate(() => (window as unknown as { counters: { clicks: number; unloads: number } }).counters)).toEqual({ clicks: 0, unloads: 0 });
  await expect(page).toHaveURL(at(site, questionPath(2)));
});

test('breadcrumbs lead from the question to the conference and the archive', async ({ page, site }) => {
  await page.goto(at(site, questionPath(4)));
  const breadcrumbs = page.getByRole('navigation', { name: '位置' });
  const items = breadcrumbs.getByRole('listitem');
  await expect(items).toHaveText(['全部记者会', '2024年3月7日', '第4问']);
  await expect(items.nth(2)).toHaveAttribute('aria-current', 'page');
  await expect(items.nth(2).getByRole('link')).toHaveCount(0);
  // A visible separator between the crumbs.
  expect(await items.nth(1).evaluate((item) => getComputedStyle(item, '::before').content)).toBe('"›"');
  await expect(breadcrumbs.getByRole('link', { name: '全部记者会' })).toHaveAttribute('href', new URL(at(site, '/')).pathname);

  await breadcrumbs.getByRole('link', { name: '2024年3月7日' }).click();
  await expect(page).toHaveURL(at(site, conferencePath()));
  await expect(page.getByRole('navigation', { name: '位置' }).getByRole('listitem')).toHaveText(['全部记者会', '2024年3月7日']);
  await page.getByRole('navigation', { name: '位置' }).getByRole('link', { name: '全部记者会' }).click();
  await expect(page).toHaveURL(at(site, '/'));
});

test('the sidebar lists the 14 questions and marks the current one', async ({ page, site }) => {
  await page.goto(at(site, questionPath(9)));
  const list = questionList(page);
  await expect(list.getByRole('listitem')).toHaveCount(QUESTION_COUNT);
  const links = list.getByRole('list').getByRole('link');
  await expect(links).toHaveCount(QUESTION_COUNT);
  for (let number = 1; number <= QUESTION_COUNT; number++) {
    await expect(links.nth(number - 1)).toHaveAttribute('href', new URL(at(site, questionPath(number))).pathname);
  }
  const current = list.locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', new URL(at(site, questionPath(9))).pathname);
  await expect(current).toContainText('台湾地区选举后的台海局势');
  // On a wide screen the list is a sidebar, shown without opening anything.
  await expect(links.first()).toBeVisible();
  await expect(links.last()).toBeVisible();
  await expect(list.getByText('提问列表')).toBeHidden();
});

test.describe('on a narrow screen', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the question list is collapsed in a disclosure that opens on click', async ({ page, site }) => {
    await page.goto(at(site, questionPath(3)));
    const list = questionList(page);
    const summary = list.locator('summary', { hasText: '提问列表' });
    const links = list.getByRole('list').getByRole('link');
    await expect(summary).toBeVisible();
    await expect(links.first()).toBeHidden();
    await expect(list.locator('details')).not.toHaveAttribute('open');
    await summary.click();
    await expect(list.locator('details')).toHaveAttribute('open', '');
    await expect(links.first()).toBeVisible();
    await expect(links).toHaveCount(QUESTION_COUNT);
    await links.nth(6).click();
    await expect(page).toHaveURL(at(site, questionPath(7)));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page is reachable by following plain links', async ({ page, site }) => {
    await page.goto(at(site, '/'));
    await page.getByRole('main').getByRole('link', { name: HEADLINE }).click();
    await expect(page).toHaveURL(at(site, conferencePath()));
    await page.getByRole('region', { name: '提问' }).getByRole('link', { name: /中国外交的过去一年与新的一年/ }).click();
    for (let number = 1; number <= QUESTION_COUNT; number++) {
      await expect(page).toHaveURL(at(site, questionPath(number)));
      await nextLink(page).click();
    }
    await expect(page).toHaveURL(at(site, questionPath(QUESTION_COUNT + 1)));
    await page.getByRole('main').getByRole('link', { name: '本场记者会' }).click();
    await expect(page).toHaveURL(at(site, conferencePath()));
  });

  test('the sidebar question list is shown and usable on a wide screen', async ({ page, site }) => {
    await page.goto(at(site, questionPath(1)));
    const link = questionList(page).getByRole('list').getByRole('link', { name: /人工智能全球治理/ });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(at(site, questionPath(14)));
  });
});
