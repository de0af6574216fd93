import { at, expect, questionPath, test } from './fixtures';
import { openSearch, questionOf, search } from './search-helpers';

// What the recall test over the built index (tests/build/search-recall.test.ts) measures in Node, in
// Chromium, whose word segmenter is the one a reader's query used to be cut with.

test('联合国安理会 finds the two answers that say it, and 安理会 the three', async ({ page, site }) => {
  await page.goto(at(site, '/'));
  await openSearch(page);
  const questions = async (query: string) => (await search(page, 'zh-Hans', query)).map((result) => questionOf(result.href)).sort((left, right) => (left ?? 0) - (right ?? 0));
  expect(await questions('联合国安理会')).toEqual([2, 7]);
  expect(await questions('安理会')).toEqual([2, 6, 7]);
});

test('a sentence retyped without its commas finds its answer, marked', async ({ page, site }) => {
  await page.goto(at(site, questionPath(7)));
  const sentence = await page.locator('#a1').evaluate((element) => /[^。！？]*联合国安理会[^。！？]*/u.exec(element.textContent ?? '')?.[0] ?? '');
  expect(sentence).toContain('，');
  await openSearch(page);
  const [first] = (await search(page, 'zh-Hans', sentence.replace(/[，、；：]/gu, ''))).filter((result) => questionOf(result.href) === 7);
  expect(first?.paragraphs[0]?.marks.join('')).toContain('联合国安理会');
});

test('a traditional query with Hong Kong variants finds the traditional page (衞生 → 衛生)', async ({ page, site }) => {
  await page.goto(at(site, '/zh-hant/'));
  await openSearch(page);
  expect((await search(page, 'zh-Hant', '衞生')).map((result) => questionOf(result.href))).toContain(3);
});
