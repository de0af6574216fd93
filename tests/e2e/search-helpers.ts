import type { Page } from '@playwright/test';
import { expect, type Script } from './fixtures';

// What the search tests share: the search's parts by role (in the dialog over any page, in the page
// itself on the search page), its words in each script, and the results as a reader sees them (one
// entry per question, one link per matching paragraph).

/** The search UI's words in each script. */
export const UI = {
  'zh-Hans': { open: '搜索', dialog: '搜索', field: '搜索全部答问', close: '关闭', outlet: '媒体', answerer: '答问人', conference: '记者会', count: /^(至少)?\d+条结果$/, filters: /^筛选与排序/, none: '没有找到相关答问。', error: '搜索暂时无法使用。' },
  'zh-Hant': { open: '搜尋', dialog: '搜尋', field: '搜尋全部答問', close: '關閉', outlet: '媒體', answerer: '答問人', conference: '記者會', count: /^(至少)?\d+筆結果$/, filters: /^篩選與排序/, none: '沒有找到相關答問。', error: '搜尋暫時無法使用。' },
} as const;

export const dialog = (page: Page) => page.getByRole('dialog');
/** Where the search is: the open dialog, or the search page's main content. */
export const panel = (page: Page) => page.locator('dialog[open], main[data-search-page]');
export const field = (page: Page) => page.getByRole('searchbox');
export const status = (page: Page) => panel(page).getByRole('status');
/** Every link in the results: each question's title, then its paragraphs. */
export const resultLinks = (page: Page) => panel(page).locator('.search-results a');

/** One of the filters (or the order), showing the disclosure that holds them if it is closed. */
export async function filter(page: Page, name: string | RegExp) {
  const disclosure = panel(page).locator('details.search-filters');
  if (!(await disclosure.evaluate((details: HTMLDetailsElement) => details.open))) await disclosure.locator('summary').click();
  return panel(page).getByRole('combobox', { name });
}

/** One question (or conference) in the results, as shown. */
export interface Result {
  /** The title's link: the page itself. */
  href: string;
  title: string;
  /** One link per paragraph that holds a term (or the page's opening lines, linked to the page). */
  paragraphs: { href: string; excerpt: string; marks: string[] }[];
  /** The note under the paragraphs when more of them hold a term. */
  more: string | null;
}

/** Open the search with its keyboard shortcut. */
export async function openSearch(page: Page): Promise<void> {
  await page.keyboard.press('/');
  await expect(field(page)).toBeFocused();
}

// Results shown at once; more follow on request.
const PAGE_SIZE = 20;

/**
 * Wait until the search has answered and every result it counts is listed (the count shows as soon as
 * the first results do): a count, "nothing found" or an error, never the loading message; fail on an error.
 */
export async function settled(page: Page, script: Script = 'zh-Hans'): Promise<void> {
  const ui = UI[script];
  await expect(status(page)).toHaveText(new RegExp(`${ui.count.source}|^${ui.none}$|^${ui.error}$`));
  expect(await status(page).textContent()).not.toBe(ui.error);
  const listed = async () => {
    const count = Number(/\d+/.exec((await status(page).textContent()) ?? '')?.[0] ?? 0);
    return (await panel(page).locator('.search-results > li').count()) === Math.min(count, PAGE_SIZE);
  };
  await expect.poll(listed).toBe(true);
}

/** Read the results as shown. */
export function results(page: Page): Promise<Result[]> {
  return panel(page)
    .locator('.search-results > li')
    .evaluateAll((items) =>
      items.map((item) => {
        const title = item.querySelector(':scope > a') as HTMLAnchorElement;
        return {
          href: title.href,
          title: title.textContent ?? '',
          paragraphs: [...item.querySelectorAll<HTMLAnchorElement>(':scope > ol a')].map((link) => ({
            href: link.href,
            excerpt: link.textContent ?? '',
            marks: [...link.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
          })),
          more: item.querySelector(':scope > ol ~ p')?.textContent ?? null,
        };
      }),
    );
}

/** Run a query from an empty field and give the results once the search has answered. */
export async function search(page: Page, script: Script, query: string): Promise<Result[]> {
  await field(page).fill('');
  await expect(resultLinks(page)).toHaveCount(0);
  await field(page).fill(query);
  await settled(page, script);
  return results(page);
}

/** The question number a URL points at (0 for the conference page), or null for any other page. */
export function questionOf(href: string): number | null {
  const { pathname } = new URL(href);
  const match = /\/2024-03-07-wang-yi\/(?:(\d\d)\/)?$/.exec(pathname);
  return match ? Number(match[1] ?? 0) : null;
}

/**
 * Read a page's paragraphs as a reader quotes them: the corrected reading, without the struck
 * printed text, hidden copies, links or buttons.
 */
export function readingOf(page: Page, url: string): Promise<Record<string, string>> {
  return page.evaluate(async (address) => {
    const document = new DOMParser().parseFromString(await (await fetch(address)).text(), 'text/html');
    const paragraphs = [...document.querySelectorAll<HTMLElement>('article p[id]')].map((paragraph) => {
      const copy = paragraph.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('del, [hidden], a, button').forEach((element) => element.remove());
      return [paragraph.id, copy.textContent?.trim() ?? ''];
    });
    return Object.fromEntries(paragraphs);
  }, url);
}
