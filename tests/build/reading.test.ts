import type { HtmlElement } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { citationFormats } from '../../src/site/lib/cite';
import { transcriptPath } from '../../src/shared/paths';
import { attributeOf, textOf } from '../helpers/html';
import { CONFERENCE, QUESTION_COUNT, QUESTIONS, questionPath, requireBuild, SCRIPTS } from '../helpers/site';
import { parsePage } from './pages';

// What a reader takes away from the built pages: the full transcript, citations, the source, and
// the honesty of a partial text — checked in the HTML, without a browser.

beforeAll(() => requireBuild());

/** The dist file of a site path. */
const fileOf = (path: string) => `${path.slice(1)}index.html`;
const text = (element: HtmlElement | undefined) => (element ? textOf(element, (child) => child.tagName === 'a' && (attributeOf(child, 'class') ?? '').includes('para-link')) : '');
const paragraphIds = (elements: HtmlElement[]) =>
  elements.filter((element) => element.tagName === 'p' && /^[qa]\d+$/.test(attributeOf(element, 'id') ?? '')).map((element) => attributeOf(element, 'id') ?? '');

describe.each(SCRIPTS)('the full transcript (%s)', (script) => {
  const full = parsePage(fileOf(transcriptPath(script, CONFERENCE)));

  it('holds every paragraph of every question, with ids that carry the question number', () => {
    for (const number of QUESTIONS) {
      const question = parsePage(fileOf(questionPath(number, script)));
      const ids = paragraphIds(question.elements);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const shown = full.elements.find((element) => attributeOf(element, 'id') === `q${number}-${id}`);
        const original = question.elements.find((element) => attributeOf(element, 'id') === id);
        expect(text(shown), `q${number}-${id}`).toBe(text(original));
      }
    }
  });

  it('links each question to its own page, in order', () => {
    const links = full.elements
      .filter((element) => element.tagName === 'a' && /\/\d{2}\/$/.test(attributeOf(element, 'href') ?? ''))
      .map((element) => attributeOf(element, 'href'));
    expect(links).toEqual(QUESTIONS.map((number) => questionPath(number, script)));
  });
});

describe.each(SCRIPTS)('a question page (%s)', (script) => {
  const page = parsePage(fileOf(questionPath(5, script)));
  const all = textOf(page.elements.find((element) => element.tagName === 'main') as HtmlElement);

  it('offers its citation in every format, with its address', () => {
    const cite = page.elements.find((element) => element.tagName === 'details' && attributeOf(element, 'class') === 'cite');
    expect(cite).toBeDefined();
    const blocks = (cite ? [cite] : []).flatMap((element) => element.childElements).flatMap((element) => element.childElements).filter((element) => element.tagName === 'dd');
    expect(blocks).toHaveLength(citationFormats.length);
    for (const block of blocks) expect(textOf(block)).toContain(`${CONFERENCE}/05/`);
  });

  it('names its source and says the text is partial beside its position', () => {
    expect(all).toMatch(script === 'zh-Hans' ? /来源：新华社印刷版/ : /來源：新華社印刷版/);
    expect(all).toMatch(script === 'zh-Hans' ? /本文本收14问，记者会共答21问/ : /本文本收14問，記者會共答21問/);
  });
});

describe.each(SCRIPTS)('questions answered but not in the partial text (%s)', (script) => {
  it.each(Array.from({ length: 21 - QUESTION_COUNT }, (_, index) => QUESTION_COUNT + 1 + index))('question %i has a page that says where the text continues', (number) => {
    const page = parsePage(fileOf(questionPath(number, script)));
    const heading = page.elements.find((element) => element.tagName === 'h1');
    expect(text(heading)).toBe(script === 'zh-Hans' ? `第${number}问不在本文本中` : `第${number}問不在本文本中`);
    expect(textOf(page.elements.find((element) => element.tagName === 'main') as HtmlElement)).toContain('（下转第四版）'.replace('下转', script === 'zh-Hans' ? '下转' : '下轉'));
  });
});
