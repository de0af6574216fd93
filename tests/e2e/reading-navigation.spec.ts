import type { Page } from '@playwright/test';
import { at, expect, layoutShiftsOf, questionPath, test } from './fixtures';

// ← and → belong to the page only while nothing in front of it has the keys; the sidebar shows
// where the reader is without moving the page.

/** Count link activations and navigations the page starts from now on. */
async function countNavigations(page: Page): Promise<() => Promise<{ clicks: number; unloads: number }>> {
  await page.evaluate(() => {
    const counters = { clicks: 0, unloads: 0 };
    Object.assign(window, { counters });
    document.addEventListener('click', (event) => event.target instanceof Element && event.target.closest('.pager a') && counters.clicks++, true);
    window.addEventListener('beforeunload', () => counters.unloads++);
  });
  return () => page.evaluate(() => (window as unknown as { counters: { clicks: number; unloads: number } }).counters);
}

test('← and → do nothing while the search dialog is open, wherever its focus is, and turn the page again once it is closed', async ({ page, site }) => {
  await page.goto(at(site, questionPath(5)));
  const counted = await countNavigations(page);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.getByRole('searchbox').fill('南海');
  await expect(dialog.getByRole('listitem').first()).toBeVisible();

  // Focus on the dialog's button, on a result link, and on the dialog itself: none is a text field.
  for (const focus of [dialog.getByRole('button').first(), dialog.getByRole('listitem').first().getByRole('link').first(), dialog]) {
    await focus.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
  }
  expect(await counted()).toEqual({ clicks: 0, unloads: 0 });
  await expect(page).toHaveURL(at(site, questionPath(5)));
  await expect(dialog).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(at(site, questionPath(6)));
});

test('← and → do nothing in a text field outside a dialog', async ({ page, site }) => {
  await page.goto(at(site, questionPath(5)));
  const counted = await countNavigations(page);
  // A field the page does not have yet (a comment box, a browser extension's): typing is typing.
  await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('textarea'), { ariaLabel: '笔记' })));
  const field = page.getByRole('textbox', { name: '笔记' });
  await field.fill('中美');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('x');
  await expect(field).toHaveValue('中x美');
  expect(await counted()).toEqual({ clicks: 0, unloads: 0 });
});

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const number of [1, 7, 14]) {
    test(`the question list shows question ${number} as current on load, by scrolling the list and not the page`, async ({ page, site }) => {
      await page.goto(at(site, questionPath(number)));
      const list = page.getByRole('navigation', { name: '本场提问' });
      const current = list.locator('[aria-current="page"]');
      await expect(current).toContainText(String(number));
      await expect.poll(() => current.evaluate((link) => {
        const item = link.getBoundingClientRect();
        const box = link.closest('.toc')!.getBoundingClientRect();
        return item.top >= box.top && item.bottom <= box.bottom && item.bottom <= innerHeight;
      })).toBe(true);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      // The list is taller than the screen: it scrolls inside itself.
      expect(await list.evaluate((nav) => nav.scrollHeight > nav.clientHeight)).toBe(true);
    });
  }

  test('loading question 14 shifts no layout (CLS 0)', async ({ page, site }) => {
    const { shifts } = await layoutShiftsOf(page, at(site, questionPath(14)));
    expect(shifts).toEqual([]);
  });
});
