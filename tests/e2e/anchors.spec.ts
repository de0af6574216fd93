import type { Locator, Page } from '@playwright/test';
import { at, expect, questionPath, test } from './fixtures';

const PAGE = questionPath(4);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** The paragraph's text as shown, without its controls (the copy-link `#` and the quote button). */
const shownText = (paragraph: Locator) =>
  paragraph.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.para-link, button, [hidden]').forEach((control) => control.remove());
    return copy.textContent ?? '';
  });

for (const viewport of [{ width: 1280, height: 720 }, { width: 375, height: 740 }]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('a paragraph link scrolls to the paragraph, below the sticky header, and highlights it', async ({ page, site }) => {
      await page.goto(at(site, `${PAGE}#a3`));
      const target = page.locator('#a3');
      await expect(target).toBeInViewport();
      // #a3 starts below the first screen: the browser scrolled to it.
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      const header = await page.getByRole('banner').boundingBox();
      expect(header).not.toBeNull();
      await expect.poll(async () => (await target.boundingBox())?.y ?? -1, { message: 'top of #a3 below the header' }).toBeGreaterThanOrEqual(header!.y + header!.height);

      expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
      const background = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
      const highlighted = await background(target);
      expect(highlighted).not.toBe(await background(page.locator('#a2')));
      expect(highlighted).not.toBe('rgba(0, 0, 0, 0)');
    });
  });
}

test('the copy-link control has a name and shows on hover and on keyboard focus', async ({ page, site }) => {
  await page.goto(at(site, PAGE));
  const paragraph = page.locator('#a2');
  const link = paragraph.getByRole('link', { name: '回答第2段的链接' });
  await expect(link).toHaveAttribute('href', '#a2');
  const quote = paragraph.getByRole('button', { name: '复制回答第2段引文' });

  await page.mouse.move(0, 0);
  await expect(link).toHaveCSS('opacity', '0');
  await expect(quote).toHaveCSS('opacity', '0');
  await paragraph.hover();
  await expect(link).toHaveCSS('opacity', '1');
  await expect(quote).toHaveCSS('opacity', '1');
  await page.mouse.move(0, 0);
  await expect(link).toHaveCSS('opacity', '0');

  // Tab from the previous paragraph's last control into this one.
  await page.locator('#a1').getByRole('button').focus();
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect(link).toHaveCSS('opacity', '1');
  await page.keyboard.press('Tab');
  await expect(quote).toBeFocused();
  await expect(quote).toHaveCSS('opacity', '1');
  await expect(link).toHaveCSS('opacity', '0');
});

test('the controls of a question paragraph and of an answer paragraph have names of their own', async ({ page, site }) => {
  await page.goto(at(site, PAGE));
  await expect(page.locator('#q1').getByRole('link', { name: '提问第1段的链接' })).toHaveAttribute('href', '#q1');
  await expect(page.locator('#q1').getByRole('button', { name: '复制提问第1段引文' })).toHaveCount(1);
  await expect(page.locator('#a1').getByRole('link', { name: '回答第1段的链接' })).toHaveAttribute('href', '#a1');
  await expect(page.locator('#a1').getByRole('button', { name: '复制回答第1段引文' })).toHaveCount(1);
  await page.goto(at(site, questionPath(4, 'zh-Hant')));
  await expect(page.locator('#q1').getByRole('link', { name: '提問第1段的連結' })).toHaveCount(1);
  await expect(page.locator('#a1').getByRole('button', { name: '複製回答第1段引文' })).toHaveCount(1);
});

test('clicking the copy-link control copies the absolute paragraph URL and confirms', async ({ page, site }) => {
  await page.goto(at(site, `${PAGE}#a3`));
  await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
  const status = page.getByRole('status');
  await expect(status).toHaveText('');
  await page.locator('#a3').getByRole('link', { name: '回答第3段的链接' }).click();
  await expect.poll(() => readClipboard(page)).toBe(at(site, `${PAGE}#a3`));
  await expect(status).toHaveText('已复制链接');
  await expect(page).toHaveURL(at(site, `${PAGE}#a3`));
});

test('the quote button copies the paragraph with its speaker, page title and URL', async ({ page, site }) => {
  await page.goto(at(site, `${PAGE}#a3`));
  await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
  const paragraph = page.locator('#a3');
  const text = (await shownText(paragraph)).trim();
  expect(text).toMatch(/^具体而言，相互尊重是前提/);
  await paragraph.getByRole('button', { name: '复制回答第3段引文' }).click();
  await expect.poll(() => readClipboard(page)).not.toBe('nothing copied yet');
  const quote = await readClipboard(page);
  expect(quote).toContain(text);
  const source = quote.split('\n').find((line) => line.includes('王毅'));
  expect(source, `a source line naming the speaker in ${JSON.stringify(quote)}`).toBeDefined();
  expect(source).toContain('中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问');
  expect(source).toContain('2024年3月7日');
  expect(source).toContain('新华社');
  expect(quote).toContain(at(site, `${PAGE}#a3`));
  // The controls' glyphs are not part of the quoted words.
  expect(quote.slice(0, quote.indexOf(source!))).not.toMatch(/[#❝]/);
  await expect(page.getByRole('status')).toHaveText('已复制引文');
});

test('a quote of a corrected paragraph credits the printed words, marks the correction and says why', async ({ page, site }) => {
  await page.goto(at(site, PAGE));
  await page.locator('#a5').getByRole('button', { name: '复制回答第5段引文' }).click();
  // The printed 是 in （）, the site's reading 说 in 〔〕 beside it, as editions mark an emendation.
  await expect.poll(() => readClipboard(page)).toContain('美国如果总是（是）〔说〕一套、做一套');
  const lines = (await readClipboard(page)).split('\n');
  expect(lines[0]).not.toContain('美国如果总是说一套');
  expect(lines[1]).toMatch(/^——王毅，/u);
  expect(lines[2]).toBe('（）内为原文所印，〔〕内为本站订正：排印错字：“是一套”应为“说一套”。');
  expect(lines[3]).toBe(at(site, `${PAGE}#a5`));
});
