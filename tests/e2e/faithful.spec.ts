import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { paths } from '../../scripts/paths';
import { at, CONFERENCE, conferencePath, expect, QUESTION_COUNT, QUESTIONS, questionPath, test } from './fixtures';

/**
 * The transcript's paragraphs, computed here from the raw file and independently of the site's
 * parser: non-blank lines; print page breaks re-joined; speaker labels stripped; the closing
 * "continued on page four" line dropped.
 */
interface Paragraph {
  id: string;
  text: string;
}

/** The print page breaks: the paragraph on the first line continues on the second. */
const PAGE_BREAKS: [number, number][] = [
  [31, 33],
  [57, 59],
  [63, 65],
  [85, 87],
  [119, 121],
  [155, 157],
];
const CONTINUATION = '(下转第四版)';
const ANSWERER = '王毅：';
const QUESTIONER = /^[^：]{1,30}记者：/;

function sourceParagraphs() {
  const lines = readFileSync(join(paths.transcripts, `${CONFERENCE}.txt`), 'utf8').split('\n');
  const line = (number: number) => lines[number - 1] ?? '';
  for (const [first, second] of PAGE_BREAKS) {
    // Guard the fixed line numbers against an edited file: each break is text, one blank line, text.
    expect(line(first).trim(), `line ${first}`).not.toBe('');
    expect(line(first + 1).trim(), `line ${first + 1}`).toBe('');
    expect(line(second).trim(), `line ${second}`).not.toBe('');
  }
  const continuations = new Map(PAGE_BREAKS.map(([first, second]) => [second, first]));
  const joined: string[] = [];
  lines.forEach((text, index) => {
    if (text.trim() === '') return;
    if (continuations.has(index + 1)) joined[joined.length - 1] += text;
    else joined.push(text);
  });
  expect(joined.at(-1)).toBe(CONTINUATION);
  joined.pop();

  const [headline = '', dateline = '', ...turns] = joined;
  const conference: Paragraph[] = [{ id: 'd1', text: dateline }];
  const questions: Paragraph[][] = [];
  let role: 'o' | 'q' | 'a' = 'o';
  let count = 0;
  for (const text of turns) {
    if (text.startsWith(ANSWERER) && questions.length > 0) {
      role = 'a';
      count = 0;
    } else if (QUESTIONER.test(text)) {
      role = 'q';
      count = 0;
      questions.push([]);
    }
    const paragraph = { id: `${role}${++count}`, text: text.replace(QUESTIONER, '').replace(new RegExp(`^${ANSWERER}`), '') };
    (role === 'o' ? conference : (questions.at(-1) ?? [])).push(paragraph);
  }
  return { headline, conference, questions };
}

let parsed: ReturnType<typeof sourceParagraphs> | undefined;
/** The source paragraphs, read once per worker (inside a test, so a changed file fails a test, not the collection). */
const source = () => (parsed ??= sourceParagraphs());

/** Every `<p id>` of the page in order, with its text as printed: corrections' insertions and the paragraph controls left out. */
function pageParagraphs(page: Page): Promise<Paragraph[]> {
  return page.locator('p[id]').evaluateAll((elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('ins, button, .para-link').forEach((extra) => extra.remove());
      return { id: element.id, text: copy.textContent ?? '' };
    }),
  );
}

test('the transcript has 14 questions, as the site says', () => {
  expect(source().questions).toHaveLength(QUESTION_COUNT);
  expect(source().questions.every((paragraphs) => paragraphs[0]?.id === 'q1' && paragraphs.some(({ id }) => id === 'a1'))).toBe(true);
});

test('the conference page shows the dateline and opening remarks exactly as printed', async ({ page, site }) => {
  await page.goto(at(site, conferencePath()));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(source().headline);
  expect(await pageParagraphs(page)).toEqual(source().conference);
});

for (const number of QUESTIONS) {
  test(`question ${number} shows its paragraphs exactly as printed`, async ({ page, site }) => {
    await page.goto(at(site, questionPath(number)));
    expect(await pageParagraphs(page)).toEqual(source().questions[number - 1]);
    // Every correction on the page is explained by a note on the same page.
    const marks = page.locator('p[id] [aria-describedby]');
    for (const mark of await marks.all()) {
      const note = page.locator(`[id="${await mark.getAttribute('aria-describedby')}"]`);
      await expect(note).toHaveCount(1);
      await expect(note).toContainText((await mark.getAttribute('data-tip')) ?? '');
    }
  });
}

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

  // Keyboard: Tab from the paragraph's quote button reaches the correction.
  await paragraph.getByRole('button').focus();
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

test('the conference page says the transcript is partial: continued on page four, 14 of 21 questions', async ({ page, site }) => {
  await page.goto(at(site, conferencePath()));
  const main = page.getByRole('main');
  await expect(main.getByText(CONTINUATION)).toBeVisible();
  await expect(main.getByText(/21/).filter({ hasText: /14/ })).toBeVisible();
});
