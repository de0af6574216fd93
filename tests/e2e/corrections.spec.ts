import { at, expect, questionPath, test } from './fixtures';

// What the text of the pages is, paragraph by paragraph, is checked on the built HTML without a
// browser (tests/build/faithful.test.ts); here, how a correction behaves for a reader.

test('question 4 marks the correction of 是 to 说, with the reason on keyboard focus and on hover', async ({ page, site }) => {
  await page.goto(at(site, questionPath(4)));
  const paragraph = page.locator('#a5');
  await expect(paragraph.locator('del')).toHaveText('是');
  const ins = paragraph.locator('ins:not([hidden])');
  await expect(ins).toHaveText('说');
  expect(await paragraph.locator('del').evaluate((del) => del.nextElementSibling?.tagName)).toBe('INS');
  expect(await paragraph.evaluate((element) => element.innerHTML)).toContain('美国如果总是<del>是</del><ins');

  const reason = '排印错字：“是一套”应为“说一套”。';
  const tip = () => ins.evaluate((element) => getComputedStyle(element, '::after').content);
  await page.mouse.move(0, 0);
  expect(await tip()).toBe('none');

  // Keyboard: Tab from the previous paragraph's quote button reaches the correction (a paragraph's controls follow its words).
  await page.locator('#a4').getByRole('button').focus();
  await page.keyboard.press('Tab');
  await expect(ins).toBeFocused();
  const noteId = await ins.getAttribute('aria-describedby');
  expect(noteId).toBeTruthy();
  await expect(page.locator(`[id="${noteId}"]`)).toContainText(reason);
  await expect(ins).toHaveAccessibleDescription(new RegExp(reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(page.locator(`[id="${noteId}"]`)).toBeVisible();
  expect(await tip()).toContain(reason);

  await page.keyboard.press('Tab');
  await expect(ins).not.toBeFocused();
  expect(await tip()).toBe('none');
  // Hover the glyph itself (the centre of the first box Playwright would pick is the visually hidden 〔更正〕 label).
  const box = await ins.boundingBox();
  await ins.hover({ position: { x: box!.width / 2, y: box!.height / 2 } });
  await expect.poll(tip).toContain(reason);
});
