import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlElement } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLUMN_NAMES } from '../../src/site/lib/data/columns';
import { dataPath, withBase } from '../../src/shared/paths';
import { hasPython, readWithCsvParse, readWithPython } from '../helpers/csv-readers';
import { attributeOf, textOf } from '../helpers/html';
import { BUILD_BASE, DIST, distFiles, requireBuild, SCRIPTS, type Script } from '../helpers/site';
import { parsedPages, parsePage } from './pages';

// The data files of the build against the question pages of the same build: one row per page, each
// with the page's address, paragraph ids, text as corrected and answerers turn by turn; read back by
// real CSV parsers told nothing but UTF-8; every file linked from the Data page with its size.

beforeAll(() => requireBuild());

const classes = (element: HtmlElement) => (attributeOf(element, 'class') ?? '').split(' ');
const byClass = (elements: HtmlElement[], name: string) => elements.filter((element) => classes(element).includes(name));

/** A paragraph's text as corrected: no printed slip, no hidden search copy, no controls. */
const correctedText = (paragraph: HtmlElement) =>
  textOf(paragraph, (element) => element.tagName === 'del' || element.tagName === 'button' || element.hasAttribute('hidden') || classes(element).includes('para-link'));

/** The codes of the regions a question page links to in one part of its list (`/regions/us/` → `US`). */
const regionCodes = (list: HtmlElement | undefined) =>
  (list?.querySelectorAll('a') ?? []).map((anchor) => /\/regions\/([^/]+)\/$/.exec(attributeOf(anchor, 'href') ?? '')?.[1]?.toUpperCase());

/** What a question page shows of the fields a row copies from it. */
function pageRow(file: string) {
  const page = parsePage(file);
  const turns = (role: string) => byClass(page.elements, `turn-${role}`);
  const paragraphs = (turn: HtmlElement) => turn.querySelectorAll('p[id]').filter((paragraph) => !classes(paragraph).includes('english'));
  const text = (role: string) => turns(role).flatMap(paragraphs).map(correctedText).join('\n\n');
  return {
    url: page.canonical,
    answer_turns: turns('answer').map((turn) => textOf(byClass(turn.querySelectorAll('*'), 'speaker-name')[0] as HtmlElement)),
    question_text: text('question'),
    answer_text: text('answer'),
    question_paragraphs: turns('question').map((turn) => paragraphs(turn).map((paragraph) => attributeOf(paragraph, 'id')).join(' ')),
    answer_paragraphs: turns('answer').map((turn) => paragraphs(turn).map((paragraph) => attributeOf(paragraph, 'id')).join(' ')),
    regions_question: regionCodes(byClass(page.elements, 'in-question')[0]),
    regions_answer: regionCodes(byClass(page.elements, 'in-answer')[0]),
  };
}

/** The question pages of a script in the build: pages with a question turn, in file order. */
const questionPages = (script: Script) =>
  parsedPages()
    .filter((page) => /^(zh-hant\/)?\d{4}-\d{2}-\d{2}-[^/]+\/\d+\/index\.html$/.test(page.file) && (page.file.startsWith('zh-hant/') === (script === 'zh-Hant')))
    .filter((page) => byClass(page.elements, 'turn-question').length > 0)
    .map((page) => page.file);

const folderOf = (script: Script) => dataPath(script).slice(1);
const dataFilesIn = (script: Script) => distFiles().filter((file) => file.startsWith(folderOf(script)) && !file.endsWith('.html'));
const readJsonLines = (file: string) =>
  readFileSync(join(DIST, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe.each(SCRIPTS)('the data files in %s', (script) => {
  const prefix = script === 'zh-Hans' ? '' : 'zh-hant/';
  const all = (format: string) => `${folderOf(script)}dawenlu-${script.toLowerCase()}.${format}`;

  it('has one row per question page, equal to what the page shows', () => {
    const rows = readJsonLines(all('jsonl'));
    const pages = questionPages(script);
    expect(pages.length).toBeGreaterThan(0);
    expect(rows.map((row) => `${prefix}${String(row.conference)}/${String(row.id).slice(String(row.conference).length + 1)}/index.html`).sort()).toEqual([...pages].sort());
    const byUrl = new Map(rows.map((row) => [row.url, row]));
    for (const file of pages) {
      const shown = pageRow(file);
      expect(byUrl.get(shown.url), file).toMatchObject(shown);
    }
  });

  it('gives the same rows in CSV as in JSON Lines, read by csv-parse told nothing', () => {
    const [header, ...records] = readWithCsvParse(readFileSync(join(DIST, all('csv')), 'utf8'));
    expect(header).toEqual(COLUMN_NAMES);
    const rows = readJsonLines(all('jsonl'));
    expect(records).toHaveLength(rows.length);
    records.forEach((record, index) => {
      const row = rows[index] ?? {};
      expect(record, String(row.id)).toEqual(COLUMN_NAMES.map((name) => (Array.isArray(row[name]) ? (row[name] as string[]).join('\n') : row[name] === null ? '' : String(row[name]))));
    });
  });

  it.runIf(hasPython)("is read by Python's csv module told only UTF-8: the header first, without a byte order mark, then every row", () => {
    const bytes = readFileSync(join(DIST, all('csv')));
    expect(bytes.subarray(0, 3).toString('hex')).not.toBe('efbbbf');
    expect(bytes.includes(0)).toBe(false);
    expect(readWithPython(bytes)).toEqual(readWithCsvParse(bytes.toString('utf8')));
  });

  it('splits the whole archive into years, each row in the file of its year', () => {
    for (const format of ['csv', 'jsonl']) {
      const years = dataFilesIn(script).filter((file) => new RegExp(`-\\d{4}\\.${format}$`).test(file));
      expect(years.length).toBeGreaterThan(0);
      const rows = years.flatMap((file) => readJsonLines(file.replace(/\.csv$/, '.jsonl')).map((row) => ({ row, year: /-(\d{4})\.\w+$/.exec(file)?.[1] })));
      for (const { row, year } of rows) expect(String(row.year)).toBe(year);
      expect(rows.map(({ row }) => row.id).sort()).toEqual(readJsonLines(all('jsonl')).map((row) => row.id).sort());
    }
  });

  it('links every file from the Data page, with its number of rows', () => {
    const page = parsePage(`${folderOf(script)}index.html`);
    const links = page.elements.filter((element) => element.tagName === 'a' && element.hasAttribute('download'));
    expect(links.map((link) => (attributeOf(link, 'href') ?? '').replace(/^.*\/data\//, `${folderOf(script)}`)).sort()).toEqual(dataFilesIn(script).sort());
    for (const link of links) {
      const file = (attributeOf(link, 'href') ?? '').replace(/^.*\/data\//, folderOf(script));
      const count = link.closest('tr')?.querySelector('[data-rows]');
      expect(Number(attributeOf(count as HtmlElement, 'data-rows')), file).toBe(readJsonLines(file.replace(/\.csv$/, '.jsonl')).length);
    }
  });
});

describe('the Data page', () => {
  it.each(SCRIPTS)('is linked from the footer of every page in %s', (script) => {
    // Every page with the site's footer: the short addresses that redirect (`/1/` → `/01/`) have none.
    const footers = parsedPages()
      .filter((page) => page.lang === script)
      .flatMap((page) => byClass(page.elements, 'site-footer').map((footer) => ({ file: page.file, footer })));
    expect(footers.length).toBeGreaterThan(20);
    for (const { file, footer } of footers) {
      expect(footer.querySelectorAll('a').map((link) => attributeOf(link, 'href')), file).toContain(withBase(BUILD_BASE, dataPath(script)));
    }
  });
});
