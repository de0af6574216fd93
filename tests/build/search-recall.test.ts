import { beforeAll, describe, expect, it } from 'vitest';
import { correctionsOf, indexedWords, paragraphsOf, type IndexedParagraph } from '../../src/shared/search/anchor';
import { queryTerms } from '../../src/shared/search/terms';
import { newestFirst, type Engine, type PagefindResultData } from '../../src/browser/search-engine';
import { createSession } from '../../src/browser/search-session';
import { loadBuiltEngine } from '../helpers/pagefind-node';
import { CONFERENCE, questionPath, requireBuild, SCRIPTS, type Script } from '../helpers/site';

// Search recall on the whole seed, through the site's own search code (search-engine.ts and the
// session that keeps a result only if every term occurs in it) over the built index in Node.

/** A page of the index as the search reads it. */
interface IndexedPage {
  url: string;
  data: PagefindResultData;
  paragraphs: IndexedParagraph[];
}

const engines = new Map<Script, Engine>();
const pages = new Map<Script, IndexedPage[]>();

beforeAll(async () => {
  requireBuild();
  for (const script of SCRIPTS) {
    const engine = await loadBuiltEngine(script);
    engines.set(script, engine);
    // With nothing typed, the search lists every page: read each one as the results do.
    const listed = newestFirst(engine, script, null, {});
    while (!listed.complete) await listed.next();
    const read = await Promise.all(listed.results.map((result) => result.data()));
    pages.set(
      script,
      read.map((data) => ({ url: data.url, data, paragraphs: paragraphsOf(indexedWords(data.raw_content ?? data.content, data.content), data.anchors) })),
    );
  }
});

/** Give the addresses of the pages a query finds, as the reader is shown them (all of them). */
async function found(script: Script, query: string): Promise<Set<string>> {
  const engine = engines.get(script)!;
  const session = createSession();
  session.begin(newestFirst(engine, script, query, {}), queryTerms(query), engine.fold);
  return new Set((await session.next(Number.POSITIVE_INFINITY)).map((data) => data.url));
}

/** Give every run of one to four consecutive words of a text, as Intl.Segmenter cuts it (punctuation and spaces end a run). */
function wordRuns(text: string, script: Script): string[] {
  const groups: string[][] = [[]];
  for (const { segment, isWordLike } of new Intl.Segmenter(script, { granularity: 'word' }).segment(text)) {
    if (isWordLike) groups.at(-1)!.push(segment);
    else if (groups.at(-1)!.length > 0) groups.push([]);
  }
  return groups.flatMap((words) => words.flatMap((_, start) => [1, 2, 3, 4].filter((length) => start + length <= words.length).map((length) => words.slice(start, start + length).join(''))));
}

/** The question pages of the seed in a script, by address. */
function questionPages(script: Script): IndexedPage[] {
  return pages.get(script)!.filter((page) => page.url.includes(`/${CONFERENCE}/`) && !page.url.endsWith(`/${CONFERENCE}/`));
}

describe.each(SCRIPTS)('search recall, %s', (script) => {
  it('every run of one to four words of every answer finds its question', async () => {
    const expected = new Map<string, Set<string>>();
    for (const page of questionPages(script)) {
      for (const paragraph of page.paragraphs.filter((candidate) => candidate.id.startsWith('a'))) {
        for (const run of wordRuns(paragraph.text, script)) expected.set(run, (expected.get(run) ?? new Set()).add(page.url));
      }
    }
    let runs = 0;
    const missed: string[] = [];
    for (const [query, urls] of expected) {
      const results = await found(script, query);
      for (const url of urls) {
        runs++;
        if (!results.has(url)) missed.push(`${query} → ${url}`);
      }
    }
    console.log(`${script}: ${runs - missed.length} of ${runs} runs of answer words find their question (${(((runs - missed.length) / runs) * 100).toFixed(1)} %).`);
    expect(missed.slice(0, 20), `${missed.length} of ${runs} runs missed`).toEqual([]);
  }, 1_200_000);
});

it('联合国安理会 and 安理会 find every answer that says them', async () => {
  const saying = (phrase: string) => questionPages('zh-Hans').filter((page) => page.data.content.includes(phrase)).map((page) => page.url);
  expect(saying('联合国安理会').length).toBeGreaterThanOrEqual(2);
  expect([...(await found('zh-Hans', '联合国安理会'))].sort()).toEqual(saying('联合国安理会').sort());
  expect([...(await found('zh-Hans', '安理会'))].sort()).toEqual(saying('安理会').sort());
});

it('a sentence retyped without its commas finds its answer', async () => {
  const question = questionPath(7);
  const page = questionPages('zh-Hans').find((candidate) => candidate.url === question)!;
  const sentence = /[^。！？]*联合国安理会[^。！？]*/u.exec(page.data.content)![0];
  expect(sentence).toMatch(/，/u);
  expect(await found('zh-Hans', sentence.replace(/[，、；：]/gu, ''))).toContain(question);
});

it('a phrase that runs across a corrected character and past it finds its answer', async () => {
  const checked: string[] = [];
  for (const page of questionPages('zh-Hans')) {
    for (const correction of correctionsOf(page.data.anchors)) {
      const [reading = ''] = correction.text.split(' ');
      const paragraph = page.paragraphs.find((candidate) => candidate.id === correction.paragraph)!;
      const at = paragraph.text.indexOf(reading);
      expect(at, `${reading} in ${page.url}#${paragraph.id}`).toBeGreaterThanOrEqual(0);
      // From inside the corrected passage to a few characters past it.
      const phrase = paragraph.text.slice(at + Math.floor(reading.length / 2), at + reading.length + 4);
      if ((await found('zh-Hans', phrase)).has(page.url)) checked.push(phrase);
      else expect.soft(phrase, `${phrase} should find ${page.url}`).toBe('found');
    }
  }
  expect(checked.length).toBeGreaterThan(0);
});

it('a traditional query with Hong Kong variant characters finds the traditional page (衞生 → 衛生)', async () => {
  const saying = questionPages('zh-Hant').filter((page) => page.data.content.includes('衛生')).map((page) => page.url);
  expect(saying.length).toBeGreaterThan(0);
  for (const query of ['衛生', '衞生', '卫生']) expect([...(await found('zh-Hant', query))], query).toEqual(expect.arrayContaining(saying));
});
