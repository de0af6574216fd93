import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlElement } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../scripts/paths';
import { attributeOf, textOf } from '../helpers/html';
import { CONFERENCE, conferencePath, QUESTION_COUNT, QUESTIONS, questionPath, requireBuild, type Script } from '../helpers/site';
import { parsePage } from './pages';

// Every paragraph of the seed conference, as the built pages show it, against the transcript's
// paragraphs computed here from the raw file and independently of the site's parser: non-blank
// lines; print page breaks re-joined; speaker labels stripped; the closing continuation line dropped.

beforeAll(() => requireBuild());

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
/** The source paragraphs, read once (inside a test, so a changed file fails a test, not the collection). */
const source = () => (parsed ??= sourceParagraphs());

/** The dist file of a site path (`/2024-03-07-wang-yi/05/` → `2024-03-07-wang-yi/05/index.html`). */
const fileOf = (path: string) => `${path.slice(1)}index.html`;

/** Every `<p id>` of a page in order, with its text as printed: corrections' insertions and the paragraph controls left out. */
function pageParagraphs(path: string): { paragraphs: Paragraph[]; elements: HtmlElement[] } {
  const { elements } = parsePage(fileOf(path));
  const paragraphs = elements
    .filter((element) => element.tagName === 'p' && attributeOf(element, 'id'))
    .map((element) => ({
      id: attributeOf(element, 'id') ?? '',
      text: textOf(element, (child) => child.tagName === 'ins' || child.tagName === 'button' || child.classList.contains('para-link')),
    }));
  return { paragraphs, elements };
}

/** The shape of a page's paragraphs: id and how many deletions and insertions each holds. */
function shapeOf(path: string): string[] {
  return parsePage(fileOf(path))
    .elements.filter((element) => element.tagName === 'p' && attributeOf(element, 'id'))
    .map((paragraph) => {
      const marks = (tag: string) => paragraph.querySelectorAll(tag).length;
      return `${attributeOf(paragraph, 'id')} del×${marks('del')} ins×${marks('ins')}`;
    });
}

describe('the seed conference, as built', () => {
  it('has 14 questions in its transcript, as the site says', () => {
    expect(source().questions).toHaveLength(QUESTION_COUNT);
    expect(source().questions.every((paragraphs) => paragraphs[0]?.id === 'q1' && paragraphs.some(({ id }) => id === 'a1'))).toBe(true);
  });

  it('shows the headline, the dateline and the opening remarks exactly as printed', () => {
    const { paragraphs, elements } = pageParagraphs(conferencePath());
    expect(elements.filter((element) => element.tagName === 'h1').map((heading) => textOf(heading))).toEqual([source().headline]);
    expect(paragraphs).toEqual(source().conference);
  });

  it.each(QUESTIONS)('shows the paragraphs of question %i exactly as printed, every correction explained on the page', (number) => {
    const { paragraphs, elements } = pageParagraphs(questionPath(number));
    expect(paragraphs).toEqual(source().questions[number - 1]);
    const byId = new Map(elements.map((element) => [attributeOf(element, 'id'), element]));
    for (const mark of elements.filter((element) => element.closest('p[id]') && element.hasAttribute('aria-describedby'))) {
      const note = byId.get(attributeOf(mark, 'aria-describedby'));
      expect(note, `note ${attributeOf(mark, 'aria-describedby')}`).toBeDefined();
      expect(textOf(note as HtmlElement)).toContain(attributeOf(mark, 'data-tip') ?? '');
    }
  });

  it('says the transcript is partial: continued on page four, 14 of 21 questions', () => {
    const { elements } = pageParagraphs(conferencePath());
    const main = textOf(elements.find((element) => element.tagName === 'main') as HtmlElement);
    // The marker is quoted in the note, in whatever brackets the note prints it with.
    expect(main).toContain(CONTINUATION.slice(1, -1));
    expect(main).toMatch(/21[^]*14|14[^]*21/);
  });

  it.each(['zh-Hant'] satisfies Script[])('has the same paragraph ids and correction marks in %s, on every page of the conference', (script) => {
    const pages = [conferencePath(), ...QUESTIONS.map((number) => questionPath(number))];
    for (const [index, path] of pages.entries()) {
      const twin = index === 0 ? conferencePath(script) : questionPath(QUESTIONS[index - 1] ?? 0, script);
      const simplified = shapeOf(path);
      expect(simplified.length, path).toBeGreaterThan(0);
      expect(shapeOf(twin), twin).toEqual(simplified);
    }
  });
});
