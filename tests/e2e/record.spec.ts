import { at, expect, questionPath, test } from './fixtures';
import { filter, results, settled } from './search-helpers';

// The record across conferences, where a reader clicks: from a name on a question page to the
// speaker's or outlet's page, and from there to a search within the speaker's answers.

for (const [script, answersHeading, searchWithin, questionHeading] of [
  ['zh-Hans', /^全部答问（14次/, '在王毅的答问中搜索', /^全部提问/],
  ['zh-Hant', /^全部答問（14次/, '在王毅的答問中搜尋', /^全部提問/],
] as const) {
  test(`a reader goes from the answerer's name to the speaker's page and searches within it (${script})`, async ({ page, site }) => {
    await page.goto(at(site, questionPath(5, script)));
    await page.locator('.kicker').getByRole('link', { name: '王毅' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('王毅');
    const answers = page.getByRole('region', { name: answersHeading });
    await expect(answers.getByRole('listitem')).toHaveCount(14);
    // The chart is a picture with a title, its figures also in a table.
    await expect(page.getByRole('img', { name: /2024年14/ })).toBeVisible();

    await page.getByRole('link', { name: searchWithin }).click();
    await settled(page, script);
    await expect(await filter(page, script === 'zh-Hans' ? '答问人' : '答問人')).toHaveValue('王毅');
    expect((await results(page)).length).toBeGreaterThan(0);
  });

  test(`a reader goes from the outlet's name to the outlet's page (${script})`, async ({ page, site }) => {
    await page.goto(at(site, questionPath(5, script)));
    const outlet = page.locator('.kicker').getByRole('link').first();
    const href = await outlet.getAttribute('href');
    await outlet.click();
    await expect(page).toHaveURL(new URL(href ?? '', site).href);
    // The outlet's page lists the question the reader came from.
    const questions = page.getByRole('region', { name: questionHeading });
    await expect(questions.locator(`a[href$="${questionPath(5, script)}"]`)).toHaveCount(1);
  });
}
