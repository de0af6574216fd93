import type { Page } from '@playwright/test';
import { BUILD_SITE } from '../helpers/site';
import { at, conferencePath, expect, questionPath, test } from './fixtures';

// The reader keeps their place and knows where they are: across the script switch, in the
// sidebar, after a resize, on a short address, on a question the text does not hold, in print.

const FULL_TEXT = `${conferencePath()}full/`;
const HEADLINE = '中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问';
const SHORT_HEADLINE = '外交部长王毅就中国外交政策和对外关系回答中外记者提问';

/** The id of the paragraph nearest the top of the viewport (below the sticky header) and how far from the top it stands. */
const placeOf = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
    const paragraph = [...document.querySelectorAll('main p[id]')].find((element) => element.getBoundingClientRect().bottom > header)!;
    return { id: paragraph.id, top: paragraph.getBoundingClientRect().top };
  });

for (const [from, to, name] of [['zh-Hans', 'zh-Hant', '繁体中文'], ['zh-Hant', 'zh-Hans', '簡體中文']] as const) {
  test(`switching from ${from} to ${to} keeps the paragraph being read where it stood, without adding a #`, async ({ page, site }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto(at(site, questionPath(1, from)));
    // Read down to the fifth paragraph of the answer, just below the header.
    await page.locator('#a5').evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - document.querySelector('.site-header')!.getBoundingClientRect().bottom - 8));
    const before = await placeOf(page);
    expect(before.id).toBe('a5');

    // A click where the switch stands (a locator's click would first scroll it into view).
    const box = (await page.getByRole('navigation', { name: /^文字$/ }).getByRole('link', { name }).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator('html')).toHaveAttribute('lang', to);
    await expect(page).toHaveURL(at(site, questionPath(1, to)));
    await expect.poll(async () => (await placeOf(page)).id).toBe('a5');
    expect(Math.abs((await placeOf(page)).top - before.top)).toBeLessThan(2);
    expect(await page.locator('#a5').evaluate((element) => element.matches(':target'))).toBe(false);
  });
}

test('switching script at the top of a page stays at the top', async ({ page, site }) => {
  await page.goto(at(site, questionPath(5)));
  await page.getByRole('navigation', { name: /^文字$/ }).getByRole('link', { name: '繁体中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

for (const script of ['zh-Hans', 'zh-Hant'] as const) {
  test(`a question page names its conference above the question in ${script}`, async ({ page, site }) => {
    await page.goto(at(site, questionPath(5, script)));
    const name = page.getByRole('article').getByRole('link', { name: script === 'zh-Hans' ? SHORT_HEADLINE : '外交部長王毅就中國外交政策和對外關係回答中外記者提問', exact: true });
    await expect(name).toBeVisible();
    await expect(name).toHaveAttribute('href', new RegExp(`${conferencePath(script)}$`));
    const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect((await name.boundingBox())!.y).toBeLessThan(heading.y);
  });
}

test('the full transcript says it is partial at the top, and prints its address in the light palette', async ({ page, site }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(at(site, FULL_TEXT));
  const notice = page.getByRole('main').locator('.notice').first();
  await expect(notice).toContainText('本站只收录此版所含内容');
  const [noticeBox, firstQuestion] = [(await notice.boundingBox())!, (await page.locator('.transcript-question').first().boundingBox())!];
  expect(noticeBox.y).toBeLessThan(firstQuestion.y);

  const colours = () =>
    page.locator('ins').first().evaluate((element) => ({ ins: getComputedStyle(element).color, body: getComputedStyle(document.body).backgroundColor }));
  const screen = await colours();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const address = await page.locator('article').evaluate((element) => getComputedStyle(element, '::after').content);
  expect(address).toBe(`"${new URL(FULL_TEXT.slice(1), BUILD_SITE).href}"`);
  // Corrections print in the light palette's dark green, not the pale one of the dark scheme.
  const printed = await colours();
  expect(printed).toEqual({ ins: 'rgb(17, 99, 41)', body: 'rgb(255, 255, 255)' });
  expect(printed.ins).not.toBe(screen.ins);
});

test('the question list folds away when the window narrows, and opens again when it widens', async ({ page, site }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(at(site, questionPath(5)));
  const list = page.getByRole('navigation', { name: '本场提问' });
  await expect(list.getByRole('link', { name: /^5/ })).toBeVisible();
  await page.setViewportSize({ width: 700, height: 900 });
  await expect(list.locator('details')).not.toHaveAttribute('open');
  await expect(list.getByRole('link', { name: /^5/ })).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(list.locator('details')).toHaveAttribute('open');
  await expect(list.getByRole('link', { name: /^5/ })).toBeVisible();
});

test('the sidebar keeps its conference link in view when it scrolls to the last question', async ({ page, site }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(at(site, questionPath(14)));
  const list = page.getByRole('navigation', { name: '本场提问' });
  await expect(list.locator('[aria-current="page"]')).toBeInViewport();
  expect(await list.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  const link = list.getByRole('link', { name: '2024年3月7日' });
  // Nothing covers the link: the point at its centre is the link itself.
  const covered = await link.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return !element.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
  });
  expect(covered).toBe(false);
});

for (const script of ['zh-Hans', 'zh-Hant'] as const) {
  test(`an unpadded question number leads to the question in ${script}`, async ({ page, site }) => {
    await page.goto(at(site, questionPath(5, script).replace('/05/', '/5/')));
    await expect(page).toHaveURL(at(site, questionPath(5, script)));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(script === 'zh-Hans' ? '平等有序的多极化与普惠包容的全球化' : '平等有序的多極化與普惠包容的全球化');
  });
}

test('← and → walk through the questions the partial text does not hold, as through the others', async ({ page, site }) => {
  await page.goto(at(site, questionPath(14)));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(at(site, questionPath(15)));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(at(site, questionPath(16)));
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(at(site, questionPath(15)));
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(at(site, questionPath(14)));

  await page.goto(at(site, questionPath(21)));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(at(site, conferencePath()));
});

test('a missing question names its conference above its heading', async ({ page, site }) => {
  await page.goto(at(site, questionPath(15)));
  const name = page.getByRole('main').getByRole('link', { name: SHORT_HEADLINE, exact: true });
  await expect(name).toBeVisible();
  expect((await name.boundingBox())!.y).toBeLessThan((await page.getByRole('heading', { level: 1 }).boundingBox())!.y);
  await expect(page).toHaveTitle(new RegExp(HEADLINE));
});
