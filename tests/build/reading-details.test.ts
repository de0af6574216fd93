import type { HtmlElement } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { archivePath, conferencePath } from '../../src/shared/paths';
import { attributeOf, textOf } from '../helpers/html';
import { BUILD_SITE, CONFERENCE, htmlFiles, QUESTION_COUNT, QUESTIONS, questionPath, readDist, requireBuild, SCRIPTS } from '../helpers/site';
import { parsePage } from './pages';

// Details a reader meets on the built pages: short addresses that lead on, the questions a partial
// text does not hold kept out of search engines, outlets named once, the source credited.

beforeAll(() => requireBuild());

const fileOf = (path: string) => `${path.slice(1)}index.html`;
const byClass = (elements: HtmlElement[], name: string) => elements.filter((element) => (attributeOf(element, 'class') ?? '').split(' ').includes(name));
/** Questions 15–21: answered at the conference, but not in the seed's partial text. */
const MISSING = [15, 16, 17, 18, 19, 20, 21];

describe.each(SCRIPTS)('in %s', (script) => {
  it('leads each unpadded question number to its page, unindexed and out of the sitemap', () => {
    const sitemap = readDist('sitemap-0.xml');
    for (const number of QUESTIONS.filter((number) => number < 10)) {
      const short = `${conferencePath(script, CONFERENCE)}${number}/`;
      const page = parsePage(fileOf(short));
      expect(page.noindex, short).toBe(true);
      expect(page.lang).toBe(script);
      const refresh = page.elements.find((element) => element.tagName === 'meta' && attributeOf(element, 'http-equiv') === 'refresh');
      expect(attributeOf(refresh!, 'content')).toBe(`0; url=../0${number}/`);
      expect(new URL(`../0${number}/`, new URL(short.slice(1), BUILD_SITE)).href).toBe(new URL(questionPath(number, script).slice(1), BUILD_SITE).href);
      expect(sitemap).not.toContain(new URL(short.slice(1), BUILD_SITE).href);
    }
    // Only question numbers have them: no page at `/…/10/`'s shorter form, none for the archive's months.
    const redirects = htmlFiles().filter((file) => readDist(file).includes('http-equiv="refresh"'));
    expect(redirects).toHaveLength(2 * 9);
  });

  it('keeps the questions a partial text does not hold out of search engines, with ← and → through them', () => {
    const sitemap = readDist('sitemap-0.xml');
    for (const number of MISSING) {
      const path = questionPath(number, script);
      const page = parsePage(fileOf(path));
      expect(page.noindex, path).toBe(true);
      expect(sitemap).not.toContain(new URL(path.slice(1), BUILD_SITE).href);
      const pager = page.elements.filter((element) => element.tagName === 'a' && attributeOf(element, 'data-key'));
      expect(pager.map((link) => [attributeOf(link, 'data-key'), attributeOf(link, 'href')])).toEqual([
        ['ArrowLeft', questionPath(number - 1, script)],
        ['ArrowRight', number < 21 ? questionPath(number + 1, script) : conferencePath(script, CONFERENCE)],
      ]);
    }
    expect(sitemap).toContain(new URL(questionPath(QUESTION_COUNT, script).slice(1), BUILD_SITE).href);
  });

  it('names an outlet once when its English name is its Chinese one', () => {
    const kicker = byClass(parsePage(fileOf(questionPath(11, script))).elements, 'kicker')[0]!;
    expect(textOf(kicker)).toContain(' · CGTN · ');
    expect(textOf(kicker)).not.toContain('（CGTN）');
    expect(textOf(byClass(parsePage(fileOf(questionPath(4, script))).elements, 'kicker')[0]!)).toContain('（Bloomberg）');
  });

  it('credits the transcript\'s own source in the footer, and no one source on pages of the whole archive', () => {
    const footer = (path: string) => textOf(byClass(parsePage(fileOf(path)).elements, 'site-footer')[0]!);
    const xinhua = script === 'zh-Hans' ? '新华社' : '新華社';
    for (const path of [conferencePath(script, CONFERENCE), questionPath(5, script), questionPath(15, script)]) expect(footer(path), path).toContain(xinhua);
    expect(footer(archivePath(script))).not.toContain(xinhua);
  });
});
