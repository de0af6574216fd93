import type { Locator, Page } from '@playwright/test';
import { archivePath, at, conferencePath, expect, layoutShiftsOf, questionPath, test } from './fixtures';
import { widthIn } from './measure-helpers';

// How the text is set: the question as legible as the answer, Chinese punctuation at full width,
// and on a phone the paragraph controls in reach, no key hints and dates in one piece.

test('the question reads in the same colour, size and weight as the answer', async ({ page, site }) => {
  await page.goto(at(site, questionPath(5)));
  const style = (paragraph: Locator) =>
    paragraph.evaluate((element) => {
      const { color, fontSize, fontWeight, fontFamily, lineHeight } = getComputedStyle(element);
      return { color, fontSize, fontWeight, fontFamily, lineHeight };
    });
  expect(await style(page.locator('.turn-question p[id]').first())).toEqual(await style(page.locator('.turn-answer p[id]').first()));
});

for (const [script, marks] of [['zh-Hans', '“”‘’，。：；？！（）'], ['zh-Hant', '「」『』，。：；？！（）']] as const) {
  test(`Chinese punctuation is full-width in the page's font in ${script}`, async ({ page, site }) => {
    await page.goto(at(site, questionPath(5, script)));
    const paragraph = page.locator('#a1');
    const character = await widthIn(paragraph, '中');
    expect(character).toBeGreaterThan(10);
    for (const mark of marks) expect(await widthIn(paragraph, mark), mark).toBeCloseTo(character, 0);
  });
}

/** Each date's text boxes: one box is one line. */
const lineCount = (date: Locator) =>
  date.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size;
  });

test.describe('on a phone (390×844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, permissions: ['clipboard-read', 'clipboard-write'] });

  test('# and ❝ are shown beside every paragraph, each a target of at least 44×44 px, and a tap on ❝ copies the quote', async ({ page, site }) => {
    await page.goto(at(site, questionPath(5)));
    for (const paragraph of await page.locator('.turn p[id]').all()) {
      for (const control of [paragraph.locator('.para-link'), paragraph.locator('.quote-button')]) {
        await expect(control).toBeVisible();
        await expect(control).toHaveCSS('opacity', '1');
        const box = (await control.boundingBox())!;
        expect(box.width, await control.getAttribute('aria-label') ?? '').toBeGreaterThanOrEqual(44);
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
      }
    }
    // The two controls of a paragraph do not overlap, nor do they cover its words.
    const paragraph = page.locator('#a4');
    const [link, quote] = [(await paragraph.locator('.para-link').boundingBox())!, (await paragraph.locator('.quote-button').boundingBox())!];
    expect(quote.x + quote.width <= link.x || link.x + link.width <= quote.x).toBe(true);
    // They follow the paragraph's last words, so no line of the paragraph (its first above all) is split by them.
    for (const each of await page.locator('.turn p[id]').all()) {
      const lastWords = await each.evaluate((element) => {
        const range = document.createRange();
        const controls = element.querySelector('.para-link')!;
        range.setStart(element, 0);
        range.setEndBefore(controls);
        const boxes = [...range.getClientRects()].filter((box) => box.width > 0);
        const last = boxes.at(-1)!;
        return { top: last.top, right: last.right, lines: new Set(boxes.map((box) => Math.round(box.top))).size };
      });
      for (const control of [each.locator('.para-link'), each.locator('.quote-button')]) {
        const box = (await control.boundingBox())!;
        const id = await each.getAttribute('id');
        // Beside the last line's words, or below them.
        expect(box.x >= lastWords.right - 1 || box.y >= lastWords.top + 1, `${id}`).toBe(true);
        expect(box.y + box.height, `${id}`).toBeGreaterThan(lastWords.top);
      }
    }

    await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
    await paragraph.locator('.quote-button').tap();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^“普惠的全球化，是要做大并〔分〕好经济〔发展的〕蛋糕/);
    await expect(page.getByRole('status')).toHaveText('已复制引文');
  });

  test('the search button shows no / key hint', async ({ page, site }) => {
    await page.goto(at(site, questionPath(5)));
    const search = page.getByRole('banner').getByRole('link', { name: '搜索' });
    await expect(search).toBeVisible();
    await expect(search.locator('kbd')).toBeHidden();
  });

  for (const width of [390, 320]) {
    test(`dates stay on one line at ${width} px`, async ({ page, site }) => {
      await page.setViewportSize({ width, height: 844 });
      const dates: [string, (page: Page) => Locator][] = [
        [questionPath(5), (page) => page.getByRole('navigation', { name: '位置' }).getByRole('link', { name: '2024年3月7日' })],
        [conferencePath(), (page) => page.locator('.kicker time')],
        [archivePath(), (page) => page.getByRole('main').locator('time').first()],
      ];
      for (const [path, date] of dates) {
        await page.goto(at(site, path));
        await expect(date(page)).toHaveText('2024年3月7日');
        expect(await lineCount(date(page)), path).toBe(1);
      }
    });
  }

  test('loading a question page shifts no layout when the quote buttons appear (CLS 0)', async ({ page, site }) => {
    const { shifts } = await layoutShiftsOf(page, at(site, questionPath(6)));
    expect(shifts).toEqual([]);
    await expect(page.locator('#a1 .quote-button')).toBeVisible();
  });
});

test.describe('with a mouse', () => {
  test('the search button shows its / key hint', async ({ page, site }) => {
    await page.goto(at(site, questionPath(5)));
    await expect(page.getByRole('banner').getByRole('link', { name: '搜索' }).locator('kbd')).toHaveText('/');
  });
});
