import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allElements, attributeOf, parseHtml, textOf } from '../helpers/html';
import { addSmallTranscripts } from '../helpers/many-transcripts';
import { makeProjectCopy, removeTemp, run, type Run } from '../helpers/project';
import { recordProblems } from './record-pages';

// A site of many speakers and outlets, in both source scripts, with a speaker whose answers fill more
// than one page: the layout fixtures, the seed, and 100 cut-down copies of the seed (2 answers each by 王毅:
// 214 in all, the newest 114 on his page and the oldest 100 in block 1).

const FIXTURES = join(import.meta.dirname, '../fixtures/layouts');

let root: string;
let splitRun: Run;
let buildRun: Run;

beforeAll(async () => {
  root = makeProjectCopy('dawenlu-record-');
  for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith('.txt') || name.endsWith('.yaml'))) {
    cpSync(join(FIXTURES, file), join(root, file.endsWith('.txt') ? 'content/transcripts' : 'content/editorial', file));
  }
  addSmallTranscripts(root, 100);
  splitRun = await run('npx', ['tsx', 'scripts/split.ts'], { cwd: root, env: { DAWENLU_ROOT: undefined } });
  buildRun = await run('npx', ['astro', 'build', '--silent'], { cwd: root, env: { DAWENLU_ROOT: undefined } });
});

afterAll(() => removeTemp(root));

const page = (path: string) => allElements(parseHtml(readFileSync(join(root, 'dist', path, 'index.html'), 'utf8')));
const texts = (elements: ReturnType<typeof page>, className: string) =>
  elements.filter((element) => (attributeOf(element, 'class') ?? '').split(/\s+/).includes(className)).map((element) => textOf(element).replace(/\s+/g, ' ').trim());

describe('the record of an archive of many speakers and outlets', () => {
  it('builds', () => {
    expect(splitRun.status, splitRun.stderr).toBe(0);
    expect(buildRun.status, buildRun.stderr).toBe(0);
  });

  it('lists on each speaker and outlet page exactly the questions whose pages name it, in pages with rel="next", each with its feed', () => {
    expect(recordProblems(join(root, 'dist'))).toEqual([]);
  });

  it('pages a speaker whose answers fill more than one page, in blocks counted from the oldest answer', () => {
    const links = (elements: ReturnType<typeof page>, rel: string) => elements.filter((element) => element.tagName === 'link' && attributeOf(element, 'rel') === rel).map((element) => attributeOf(element, 'href'));
    // The speaker's address shows the newest answers; the next page is the newest full block below them.
    const [below] = links(page('speakers/王毅'), 'next');
    expect(below).toMatch(/^\/speakers\/王毅\/\d+\/$/);
    expect(links(page(below!.slice(1, -1)), 'prev')).toEqual(['/speakers/王毅/']);
    // Block 1 holds the 100 oldest answers, numbered 1 to 100, and leads nowhere older.
    const oldest = page('speakers/王毅/1');
    expect(links(oldest, 'next')).toEqual([]);
    expect(texts(oldest, 'record-topic')).toHaveLength(100);
    expect(attributeOf(oldest.find((element) => element.tagName === 'ol' && (attributeOf(element, 'class') ?? '').includes('record-questions'))!, 'start')).toBe('100');
  });

  it.each([
    ['speakers/陈远', '陈远'],
    ['zh-hant/speakers/陈远', '陳遠'],
  ])('files a speaker of a traditional transcript under one page in both scripts (%s)', (path, name) => {
    const elements = page(path);
    expect(textOf(elements.find((element) => element.tagName === 'h1')!).trim()).toBe(name);
    expect(texts(elements, 'record-topic').length).toBeGreaterThan(0);
  });

  it('lists a host with the conferences hosted and the title printed', () => {
    const elements = page('speakers/田野');
    expect(texts(elements, 'record-topic').length).toBeGreaterThan(0);
    expect(texts(elements, 'record-roles').join(' ')).toContain('主持');
  });

  it('names an outlet in English from the shared table', () => {
    const elements = page('outlets/彭博社');
    expect(texts(elements, 'english')).toEqual(['Bloomberg']);
  });
});
