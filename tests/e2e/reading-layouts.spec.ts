import { conferencePath, questionPath } from '../../src/shared/paths';
import { at, expect, test } from './fixtures';
import { buildLayoutsSite, type LayoutsSite } from './layouts-site';
import { widthIn } from './measure-helpers';

// What the seed does not show, on a site built with some of the layout fixtures: English beside its
// Chinese paragraph, a live text's time stamps, a host known only by the title, a source other than Xinhua.

const BILINGUAL = '2024-11-05-fmprc-bilingual';
const LIVE = '2017-03-15-premier-live';
const CORRIDOR = '2024-03-08-ministers-corridor';
const RELAYED = '2023-04-12-tao-relayed';

// One build for the whole file, in one worker.
test.describe.configure({ mode: 'default' });
let layouts: LayoutsSite;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  layouts = await buildLayoutsSite([BILINGUAL, LIVE, CORRIDOR, RELAYED]);
});
test.afterAll(async () => layouts?.close());


for (const [script, linkName, quoteName] of [
  ['zh-Hans', '回答第1段英译的链接', '复制回答第1段英译引文'],
  ['zh-Hant', '回答第1段英譯的連結', '複製回答第1段英譯引文'],
] as const) {
  test.describe(`English lines in ${script}`, () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('have ids tied to their Chinese paragraph, with # and ❝', async ({ page }) => {
      const path = questionPath(script, BILINGUAL, 3, 3);
      await page.goto(at(layouts.url, `${path}#a1-en`));
      const english = page.locator('#a1-en');
      await expect(english).toHaveAttribute('lang', 'en');
      await expect(english).toHaveAttribute('data-for', 'a1');
      await expect(english).toContainText('each other’s important trading partners');
      expect(await english.evaluate((element) => element.matches(':target'))).toBe(true);
      // Right after the Chinese paragraph it translates.
      expect(await english.evaluate((element) => element.previousElementSibling?.id)).toBe('a1');

      await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
      await english.getByRole('link', { name: linkName }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(at(layouts.url, `${path}#a1-en`));

      await english.getByRole('button', { name: quoteName }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^“China and ASEAN are each other’s important trading partners\./);
      const quote = await page.evaluate(() => navigator.clipboard.readText());
      expect(quote).toContain(at(layouts.url, `${path}#a1-en`));
      expect(quote.split('\n')[0]).not.toMatch(/[#❝「」]/);
    });

    test('are set in a Latin face: quotes and apostrophes are narrow, not full-width', async ({ page }) => {
      await page.goto(at(layouts.url, questionPath(script, BILINGUAL, 3, 3)));
      const [english, chinese] = [page.locator('#a1-en'), page.locator('#a1')];
      const family = await english.evaluate((element) => getComputedStyle(element).fontFamily);
      expect(family).not.toMatch(/^"?(PingFang|Hiragino|Microsoft|Noto Sans CJK)/);
      for (const mark of ['’', '“', '”']) {
        const [latin, cjk] = [await widthIn(english, mark), await widthIn(chinese, mark)];
        expect(latin, mark).toBeLessThan(cjk / 2);
      }
      expect(await widthIn(english, 'other’s')).toBeLessThan((await widthIn(english, 'othersss')) * 0.95);
    });
  });
}

test('a bilingual transcript names its outlets in English by its own labels, with no editorial file', async ({ page }) => {
  for (const [number, outlet] of [[1, '总台央视（CCTV）'], [2, '法新社（AFP）'], [3, '彭博社（Bloomberg）']] as const) {
    await page.goto(at(layouts.url, questionPath('zh-Hans', BILINGUAL, number, 3)));
    await expect(page.locator('.kicker')).toContainText(` · ${outlet} · `);
  }
});

test('a live text shows when each turn began', async ({ page }) => {
  await page.goto(at(layouts.url, questionPath('zh-Hans', LIVE, 1, 3)));
  await expect(page.locator('.turn-question .speaker time')).toHaveText('10:32');
  await expect(page.locator('.turn-answer .speaker time')).toHaveText('10:34');
  await expect(page.locator('.turn-answer .speaker')).toBeVisible();
});

test('a host known only by the title is not named after it', async ({ page }) => {
  await page.goto(at(layouts.url, conferencePath('zh-Hans', CORRIDOR)));
  await expect(page.locator('.kicker')).toHaveText('2024年3月8日 · 郑远、孙立、韩青');
  // The label alone, and the time the turn began.
  for (const heading of await page.locator('.turn-host .speaker').all()) await expect(heading).toHaveText(/^主持[\d:]*$/);
  await expect(page.getByRole('main')).not.toContainText('主持人主持');
});

test('the footer credits the source the text comes from', async ({ page }) => {
  await page.goto(at(layouts.url, questionPath('zh-Hans', RELAYED, 1, 2)));
  await expect(page.getByRole('contentinfo')).toContainText('文字以中评社发布的原文为准');
  await expect(page.getByRole('contentinfo')).not.toContainText('新华社');
  await page.goto(at(layouts.url, questionPath('zh-Hant', '2024-03-07-wang-yi', 5, 14)));
  await expect(page.getByRole('contentinfo')).toContainText('文字以新華社發布的原文為準');
  await page.goto(at(layouts.url, '/'));
  await expect(page.getByRole('contentinfo')).not.toContainText('新华社');
});
