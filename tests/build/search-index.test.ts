import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { indexShard, readIndexedPages } from '../../src/search-index/index-shard';
import { shardKey } from '../../src/search-index/shard-cache';
import { EXCLUDED_FROM_INDEX } from '../../src/search-index/index-rules';
import { separateWordsInHtml } from '../../src/search-index/indexed-document';
import { CONFERENCE, DIST, QUESTIONS, questionPath, requireBuild } from '../helpers/site';

const PAGES = [`${CONFERENCE}/index.html`, ...QUESTIONS.map((number) => `${questionPath(number).slice(1)}index.html`)];
let work: string;

beforeAll(async () => {
  requireBuild();
  work = await mkdtemp(join(tmpdir(), 'dawenlu-index-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

async function files(folder: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return new Map(await Promise.all(names.map(async (entry) => [join(entry.parentPath, entry.name).slice(folder.length), await readFile(join(entry.parentPath, entry.name))] as const)));
}

it('a shard indexed from its pages cut down to what Pagefind reads is byte for byte the index of the whole pages (their words broken alike)', async () => {
  const cut = join(work, 'cut');
  await indexShard({ documents: readIndexedPages(DIST, PAGES), outputPath: cut });
  const whole = join(work, 'whole');
  const { index } = await pagefind.createIndex({ excludeSelectors: [...EXCLUDED_FROM_INDEX] });
  try {
    for (const sourcePath of PAGES) await index!.addHTMLFile({ sourcePath, content: separateWordsInHtml(await readFile(join(DIST, sourcePath), 'utf8')) });
    await index!.writeFiles({ outputPath: whole });
  } finally {
    await pagefind.close();
  }
  const [fromCut, fromWhole] = await Promise.all([files(cut), files(whole)]);
  const indexFiles = [...fromWhole.keys()].filter((name) => /\.pf_|pagefind-entry\.json$/.test(name));
  expect(indexFiles.length).toBeGreaterThan(PAGES.length);
  for (const name of indexFiles) expect(fromCut.get(name)?.equals(fromWhole.get(name)!), name).toBe(true);
});

it("a shard's key follows what Pagefind indexes of its pages, not the rest of the page", async () => {
  const site = join(work, 'site');
  for (const page of PAGES) {
    await mkdir(dirname(join(site, page)), { recursive: true });
    await writeFile(join(site, page), await readFile(join(DIST, page)));
  }
  const key = await shardKey(readIndexedPages(site, PAGES));
  const page = PAGES[3]!;
  const html = await readFile(join(site, page), 'utf8');
  // A new stylesheet or script for the whole site, and a new menu: the same key.
  await writeFile(join(site, page), html.replace('</head>', '<link rel="stylesheet" href="/_astro/new.css"></head>').replace('<body', '<body data-x="y"'));
  expect(await shardKey(readIndexedPages(site, PAGES))).toBe(key);
  // A word of the indexed text: another key.
  const paragraph = /<p id="a1"[^>]*>/.exec(html)!;
  await writeFile(join(site, page), html.replace(paragraph[0], `${paragraph[0]}新`));
  expect(await shardKey(readIndexedPages(site, PAGES))).not.toBe(key);
});

it("the shipped Pagefind scripts poll every few milliseconds, not every 50", async () => {
  for (const folder of ['pagefind', 'zh-hant/pagefind']) {
    const script = await readFile(join(DIST, folder, 'pagefind.js'), 'utf8');
    expect(script.match(/asyncSleep\(4\)/g)?.length, folder).toBe(2);
    expect(script, folder).not.toContain('asyncSleep(50)');
  }
});
