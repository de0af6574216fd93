import { beforeAll, describe, expect, it } from 'vitest';
import { indexedWords, paragraphsOf } from '../../src/shared/search/anchor';
import { countMatches } from '../../src/browser/search-counts';
import { newestFirst, type Engine } from '../../src/browser/search-engine';
import { createSession } from '../../src/browser/search-session';
import type { PagefindFilters } from '../../src/shared/search/state';
import { queryTerms } from '../../src/shared/search/terms';
import { loadBuiltEngine } from '../helpers/pagefind-node';
import { CONFERENCE, QUESTION_COUNT, requireBuild, SCRIPTS, type Script } from '../helpers/site';

// The counts the term chart draws, through the site's own code (search-counts.ts over every shard)
// over the built index in Node: for every query, the question pages the search lists, per year and
// per answerer. Every answer of the seed is 王毅's, in 2024.

const engines = new Map<Script, Engine>();

beforeAll(async () => {
  requireBuild();
  for (const script of SCRIPTS) engines.set(script, await loadBuiltEngine(script));
});

/** Count the question pages a search lists to the end, as the reader is shown them. */
async function listedQuestions(script: Script, query: string | null, filters: PagefindFilters): Promise<number> {
  const engine = engines.get(script)!;
  const session = createSession();
  session.begin(newestFirst(engine, script, query, filters), queryTerms(query ?? ''), engine.fold);
  const pages = await session.next(Number.POSITIVE_INFINITY);
  return pages.filter((data) => new RegExp(`/${CONFERENCE}/\\d+/$`).test(data.url)).length;
}

const QUERIES: Record<Script, string[]> = {
  // One term; several terms; a term of metadata; a phrase; a word found nowhere; the other script's characters.
  'zh-Hans': ['中国', '中俄', '中国外交', '乌克兰', '南海', '彭博', 'Bloomberg', '联合国安理会', '全球南方', '王毅 乌克兰', '中俄 关系', '发展 合作 世界', 'Bloomberg 南海', '不存在的词语', '中國', '烏克蘭'],
  // Traditional queries have several written forms (臺/台), and simplified ones are converted.
  'zh-Hant': ['中國', '烏克蘭', '台灣', '臺灣', '南海', '彭博', '聯合國安理會', '王毅 烏克蘭', '中俄 關係', '中国', '乌克兰', '不存在的詞語'],
};

/** Give runs of two and three words of the answers of the seed (every `step`th), and pairs of runs from one answer as two-term queries. */
async function answerQueries(script: Script, step: number): Promise<string[]> {
  const engine = engines.get(script)!;
  const listed = newestFirst(engine, script, null, {});
  while (!listed.complete) await listed.next();
  const pages = await Promise.all(listed.results.map((result) => result.data()));
  const queries = new Set<string>();
  let index = 0;
  for (const data of pages.filter((page) => new RegExp(`/${CONFERENCE}/\\d+/$`).test(page.url))) {
    for (const paragraph of paragraphsOf(indexedWords(data.raw_content ?? data.content, data.content), data.anchors).filter((each) => each.id.startsWith('a'))) {
      const words = [...new Intl.Segmenter(script, { granularity: 'word' }).segment(paragraph.text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
      for (let start = 0; start + 3 <= words.length; start++) {
        if (index++ % step !== 0) continue;
        const [a = '', b = '', c = ''] = words.slice(start, start + 3);
        queries.add(a + b).add(a + b + c).add(`${a + b} ${words[(start + 7) % words.length] ?? ''}`.trim());
      }
    }
  }
  return [...queries];
}

describe.each(SCRIPTS)('the term counts, %s', (script) => {
  it('count runs of words of every answer, and pairs of them, as the question pages the search lists', async () => {
    const engine = engines.get(script)!;
    const wrong: string[] = [];
    const queries = await answerQueries(script, 10);
    for (const query of queries) {
      const listed = await listedQuestions(script, query, {});
      const counted = (await countMatches(engine, script, query, {})).matching['year']?.['2024'] ?? 0;
      if (counted !== listed) wrong.push(`${query}: ${counted} counted, ${listed} listed`);
    }
    expect(queries.length).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  }, 600_000);

  it.each(QUERIES[script])('count %s as the question pages the search lists, per year and per answerer', async (query) => {
    const engine = engines.get(script)!;
    const listed = await listedQuestions(script, query, {});
    const { matching, all } = await countMatches(engine, script, query, {});
    expect(matching['year']?.['2024'] ?? 0).toBe(listed);
    expect(Object.values(matching['year'] ?? {}).reduce((sum, count) => sum + count, 0)).toBe(listed);
    expect(matching['answerer']?.['王毅'] ?? 0).toBe(listed);
    // Every answer of the year, whatever the query: only question pages carry the year.
    expect(all['year']).toEqual({ '2024': QUESTION_COUNT });
  });

  it('count what a filter allows, with and without a query', async () => {
    const engine = engines.get(script)!;
    const outlet = script === 'zh-Hans' ? '新华社' : '新華社';
    for (const query of [null, script === 'zh-Hans' ? '中国' : '中國', script === 'zh-Hans' ? '中国 发展' : '中國 發展']) {
      const listed = await listedQuestions(script, query, { outlet });
      expect(listed, String(query)).toBeGreaterThan(0);
      const { matching } = await countMatches(engine, script, query, { outlet });
      expect(matching['year']?.['2024'] ?? 0, String(query)).toBe(listed);
      // The answerer filter already chosen and each answerer counted hold together.
      const both = await countMatches(engine, script, query, { answerer: '王毅' });
      expect(both.matching['answerer']?.['王毅'] ?? 0, String(query)).toBe(await listedQuestions(script, query, { answerer: '王毅' }));
    }
  });
});
