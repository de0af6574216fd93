import { CONFERENCE } from '../helpers/site';
import { at, conferencePath, expect, questionPath, QUESTION_COUNT, type Script, test } from './fixtures';
import { field, filter, openSearch, panel, questionOf, readingOf, results, search, settled, status, UI } from './search-helpers';

// Search for research: metadata as well as text, browsing by filter with nothing typed, one result per
// matching paragraph with excerpts of what the page shows, and an address that holds the search.

const numbers = (found: { href: string }[]) => found.map((result) => questionOf(result.href));
const ALL_QUESTIONS = Array.from({ length: QUESTION_COUNT }, (_, index) => index + 1);

test.describe('metadata is searchable', () => {
  for (const script of ['zh-Hans', 'zh-Hant'] as const) {
    test(`an outlet's Chinese and English names find its question (${script})`, async ({ page, site }) => {
      await page.goto(at(site, questionPath(1, script)));
      await openSearch(page);
      // Question 4 was asked by 彭博社, Bloomberg in the editorial data; neither name is in its text.
      for (const query of ['彭博', '彭博社', 'Bloomberg', 'bloomberg', 'BLOOMBERG']) {
        expect(numbers(await search(page, script, query)), query).toEqual([4]);
      }
      // A page found by its metadata alone shows its opening lines, linked to the page.
      const [result] = await search(page, script, 'Bloomberg');
      expect(result?.paragraphs).toEqual([expect.objectContaining({ href: result?.href, marks: [] })]);
      expect(result?.paragraphs[0]?.excerpt).toMatch(script === 'zh-Hans' ? /^自去年中美元首旧金山会晤后/ : /^自去年中美元首舊金山會晤後/);
    });
  }

  test('a speaker and a word of the text together find the answer that has the word', async ({ page, site }) => {
    await page.goto(at(site, '/'));
    await openSearch(page);
    const found = await search(page, 'zh-Hans', '王毅 乌克兰');
    expect(numbers(found)[0]).toBe(11);
    // Every question of the conference is answered by 王毅: only those that mention 乌克兰 are found,
    // each with the paragraphs that do.
    for (const result of found) {
      const reading = await readingOf(page, result.href);
      for (const { href } of result.paragraphs) expect(reading[new URL(href).hash.slice(1)], href).toContain('乌克兰');
    }
    const reading = await readingOf(page, found[0]?.href ?? '');
    const paragraphs = found[0]?.paragraphs ?? [];
    expect(paragraphs.length).toBeGreaterThan(1);
    for (const { href, marks } of paragraphs) {
      expect(reading[new URL(href).hash.slice(1)], href).toContain('乌克兰');
      expect(new Set(marks)).toEqual(new Set(['乌克兰']));
    }
    // The speaker alone finds every question, and the conference whose official he is.
    expect((await search(page, 'zh-Hans', '王毅')).length).toBe(QUESTION_COUNT + 1);
    // The same in the other script, typed in either.
    await page.goto(at(site, questionPath(1, 'zh-Hant')));
    await openSearch(page);
    expect(numbers(await search(page, 'zh-Hant', '王毅 乌克兰'))[0]).toBe(11);
    expect(numbers(await search(page, 'zh-Hant', '王毅 烏克蘭'))[0]).toBe(11);
  });

  test('a word of the metadata and a word found nowhere find nothing', async ({ page, site }) => {
    await page.goto(at(site, '/'));
    await openSearch(page);
    expect(await search(page, 'zh-Hans', 'Bloomberg 南海')).toEqual([]);
    await expect(status(page)).toHaveText(UI['zh-Hans'].none);
  });
});

test.describe('filters with nothing typed', () => {
  for (const script of ['zh-Hans', 'zh-Hant'] as const) {
    test(`browse one outlet's questions, one speaker's, one conference's (${script})`, async ({ page, site }) => {
      const ui = UI[script];
      await page.goto(at(site, questionPath(2, script)));
      await openSearch(page);
      const outlet = await filter(page, ui.outlet);
      await outlet.focus();
      await outlet.selectOption('彭博社');
      await settled(page, script);
      await expect(field(page)).toHaveValue('');
      expect(numbers(await results(page))).toEqual([4]);
      await expect(status(page)).toHaveText(script === 'zh-Hans' ? '1条结果' : '1筆結果');

      await outlet.selectOption('');
      await expect(panel(page).locator('.search-results > li')).toHaveCount(0);
      await expect(status(page)).toHaveText('');

      // In the archive's order: question by question.
      await (await filter(page, ui.answerer)).selectOption('王毅');
      await settled(page, script);
      expect(numbers(await results(page))).toEqual(ALL_QUESTIONS);
      await (await filter(page, ui.answerer)).selectOption('');

      // The conference page comes first, then its questions.
      await (await filter(page, ui.conference)).selectOption(CONFERENCE);
      await settled(page, script);
      const conference = await results(page);
      expect(numbers(conference)).toEqual([0, ...ALL_QUESTIONS]);
      expect(new URL(conference[0]?.href ?? '').pathname).toBe(conferencePath(script));
      // Each shows its opening lines, linked to the page itself.
      for (const result of conference) expect(result.paragraphs.map((paragraph) => paragraph.href)).toEqual([result.href]);

      // Typing narrows the browsed list.
      await field(page).fill('南海');
      await settled(page, script);
      expect(numbers(await results(page))[0]).toBe(13);
    });
  }
});

test.describe('one result per matching paragraph, excerpts of what the page shows', () => {
  const QUERIES: [Script, string][] = [
    ['zh-Hans', '南海'],
    ['zh-Hans', '中国'],
    ['zh-Hans', '夙愿'],
    ['zh-Hans', '回想'],
    ['zh-Hans', '做大并分好经济发展的蛋糕'],
    ['zh-Hans', '王毅 乌克兰'],
    ['zh-Hant', '南海'],
    ['zh-Hant', '夙願'],
    ['zh-Hant', '美國'],
  ];

  for (const [script, query] of QUERIES) {
    test(`${query} (${script}): each excerpt is part of its paragraph's reading, with … where cut`, async ({ page, site }) => {
      await page.goto(at(site, questionPath(1, script)));
      await openSearch(page);
      const found = await search(page, script, query);
      expect(found.length).toBeGreaterThan(0);
      for (const result of found) {
        const reading = await readingOf(page, result.href);
        const first = Object.values(reading)[0] ?? '';
        for (const { href, excerpt } of result.paragraphs) {
          const id = new URL(href).hash.slice(1);
          const text = id ? (reading[id] ?? '') : first;
          const inner = excerpt.replace(/^…/, '').replace(/…$/, '');
          expect(text, `${href}: ${excerpt}`).toContain(inner);
          // … exactly where the paragraph goes on.
          expect(excerpt.startsWith('…'), `${href}: ${excerpt}`).toBe(!text.startsWith(inner));
          expect(excerpt.endsWith('…'), `${href}: ${excerpt}`).toBe(!text.endsWith(inner));
          // Never the hidden corrected passage, never the topic run into the text.
          expect(excerpt).not.toMatch(/〔|\. /);
        }
      }
    });
  }

  test('question 13 gives one link for each paragraph on 南海, up to three, and says how many more there are', async ({ page, site }) => {
    await page.goto(at(site, '/'));
    await openSearch(page);
    const result = (await search(page, 'zh-Hans', '南海')).find((found) => questionOf(found.href) === 13);
    const reading = await readingOf(page, result?.href ?? '');
    const holding = Object.keys(reading).filter((id) => reading[id]?.includes('南海'));
    expect(holding.length).toBeGreaterThan(3);
    const shown = result?.paragraphs.map((paragraph) => new URL(paragraph.href).hash.slice(1)) ?? [];
    expect(shown).toHaveLength(3);
    // In reading order, each a different paragraph that holds the word.
    expect(shown.every((id) => holding.includes(id))).toBe(true);
    expect([...shown].sort((left, right) => holding.indexOf(left) - holding.indexOf(right))).toEqual(shown);
    expect(result?.more).toBe(`本问另有${holding.length - 3}段含检索词`);
    for (const paragraph of result?.paragraphs ?? []) expect(paragraph.marks.length).toBeGreaterThan(0);
    for (const paragraph of result?.paragraphs ?? []) expect(new Set(paragraph.marks)).toEqual(new Set(['南海']));
  });

  test('a corrected passage shows its corrected reading only, whichever wording was typed', async ({ page, site }) => {
    await page.goto(at(site, '/'));
    await openSearch(page);
    for (const query of ['夙愿', '回避', '回想']) {
      const [result] = await search(page, 'zh-Hans', query);
      expect(questionOf(result?.href ?? ''), query).toBe(6);
      const [paragraph] = result?.paragraphs ?? [];
      expect(new URL(paragraph?.href ?? '').hash, query).toBe('#a2');
      expect(paragraph?.excerpt, query).toContain('夙愿不能再回避了');
      expect(paragraph?.excerpt, query).not.toMatch(/回想|〔/);
    }
    // Insertions read as one text, not as separate words.
    const [cake] = await search(page, 'zh-Hans', '分好经济发展的蛋糕');
    expect(cake?.paragraphs[0]?.marks).toEqual(['分好经济发展的蛋糕']);
  });
});

test.describe('the address holds the search', () => {
  for (const script of ['zh-Hans', 'zh-Hant'] as const) {
    test(`/search/?q=南海 runs the query on arrival (${script})`, async ({ page, site }) => {
      const address = at(site, `${script === 'zh-Hant' ? '/zh-hant' : ''}/search/?q=${encodeURIComponent('南海')}`);
      await page.goto(address);
      await expect(field(page)).toHaveValue('南海');
      await settled(page, script);
      expect(numbers(await results(page))[0]).toBe(13);
      await expect(page).toHaveURL(address);
    });
  }

  test('results come newest first, each conference in its order; best match first on request, kept in the address', async ({ page, site }) => {
    await page.goto(at(site, `/search/?q=${encodeURIComponent('中国')}`));
    await settled(page);
    const order = await filter(page, '排序');
    await expect(order).toHaveValue('');
    await expect(order.getByRole('option')).toHaveText(['最新在前', '最相关在前']);
    // The test build's index is in shards of a few pages: the list runs on across them in order.
    const newest = numbers(await results(page));
    expect(newest.length).toBeGreaterThan(3);
    expect(newest).toEqual([...newest].sort((left, right) => (left ?? 0) - (right ?? 0)));

    await order.selectOption('relevance');
    await expect(page).toHaveURL(at(site, `/search/?q=${encodeURIComponent('中国')}&sort=relevance`));
    await settled(page);
    const best = numbers(await results(page));
    expect([...best].sort((left, right) => (left ?? 0) - (right ?? 0))).toEqual(newest);
    expect(best).not.toEqual(newest);

    await page.goBack();
    await expect(order).toHaveValue('');
    await settled(page);
    expect(numbers(await results(page))).toEqual(newest);
  });

  test('an address with a filter and no query browses it', async ({ page, site }) => {
    await page.goto(at(site, `/search/?outlet=${encodeURIComponent('彭博社')}`));
    await settled(page);
    await expect(await filter(page, UI['zh-Hans'].outlet)).toHaveValue('彭博社');
    expect(numbers(await results(page))).toEqual([4]);
  });

  test('typing rewrites the address, Enter keeps it, and Back returns to the search before', async ({ page, site }) => {
    await page.goto(at(site, '/search/'));
    await expect(field(page)).toBeFocused();
    const start = await page.evaluate(() => history.length);
    await field(page).pressSequentially('南海');
    await settled(page);
    await expect(page).toHaveURL(at(site, `/search/?q=${encodeURIComponent('南海')}`));
    await field(page).press('Enter');
    await field(page).fill('');
    await field(page).pressSequentially('台湾');
    await settled(page);
    await expect(page).toHaveURL(at(site, `/search/?q=${encodeURIComponent('台湾')}`));
    // Two searches, two entries: not one per keystroke.
    expect(await page.evaluate(() => history.length)).toBe(start + 2);

    await page.goBack();
    await expect(page).toHaveURL(at(site, `/search/?q=${encodeURIComponent('南海')}`));
    await expect(field(page)).toHaveValue('南海');
    await settled(page);
    expect(numbers(await results(page))[0]).toBe(13);

    await page.goBack();
    await expect(page).toHaveURL(at(site, '/search/'));
    await expect(field(page)).toHaveValue('');
    await expect(panel(page).locator('.search-results > li')).toHaveCount(0);

    await page.goForward();
    await expect(field(page)).toHaveValue('南海');
  });

  test('a filter is a step of its own in the history', async ({ page, site }) => {
    await page.goto(at(site, `/search/?q=${encodeURIComponent('中国')}`));
    await settled(page);
    const outlet = await filter(page, UI['zh-Hans'].outlet);
    await outlet.focus();
    await outlet.selectOption('彭博社');
    await expect(page).toHaveURL(at(site, `/search/?q=${encodeURIComponent('中国')}&outlet=${encodeURIComponent('彭博社')}`));
    await settled(page);
    expect(numbers(await results(page))).toEqual([4]);
    await page.goBack();
    await expect(outlet).toHaveValue('');
    await settled(page);
    expect((await results(page)).length).toBeGreaterThan(1);
  });

  test('over any other page the dialog leaves the address alone', async ({ page, site }) => {
    const address = at(site, `${questionPath(5)}#a3`);
    await page.goto(address);
    const start = await page.evaluate(() => history.length);
    await openSearch(page);
    await field(page).pressSequentially('南海');
    await field(page).press('Enter');
    await settled(page);
    await expect(page).toHaveURL(address);
    expect(await page.evaluate(() => history.length)).toBe(start);
  });
});

test.describe('a date range once the archive spans more than a year', () => {
  test('the seed archive spans one day: no date range is offered', async ({ page, site }) => {
    await page.goto(at(site, '/'));
    await openSearch(page);
    const outlet = await filter(page, UI['zh-Hans'].outlet);
    await outlet.focus();
    // The filters have loaded (the menus are filled) and no date control came with them.
    await expect.poll(() => outlet.locator('option').count()).toBeGreaterThan(1);
    await expect(panel(page).getByLabel('起始日期')).toHaveCount(0);
    await expect(panel(page).locator('input[type="date"]')).toHaveCount(0);
  });

  test('an address with a date range filters by it all the same', async ({ page, site }) => {
    await page.goto(at(site, `/search/?q=${encodeURIComponent('南海')}&from=2024-01-01&to=2024-12-31`));
    await settled(page);
    expect(numbers(await results(page))[0]).toBe(13);
    await page.goto(at(site, `/search/?q=${encodeURIComponent('南海')}&from=2025-01-01`));
    await settled(page);
    await expect(status(page)).toHaveText(UI['zh-Hans'].none);
  });
});
