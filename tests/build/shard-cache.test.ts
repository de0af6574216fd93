import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { indexSearch } from '../../src/search-index/index-search';
import { makeTemp, PROJECT, removeTemp } from '../helpers/project';
import { DIST, distFiles, requireBuild } from '../helpers/site';

// The search-shard cache places copies of its files in dist/, so whatever writes into dist/pagefind*/
// in place never reaches the cache; a shard left in place is kept only while its files are as placed,
// and a cache damaged on disk is noticed by its digest and indexed again.

let root: string;

/** Index a copy of the shared build as the build's integration does, from the pages built that search engines may list; give what it logged. */
async function indexCopy(): Promise<string> {
  const dist = join(root, 'dist');
  const listed = (file: string) => !readFileSync(join(dist, file), 'utf8').includes('<meta name="robots" content="noindex">');
  const pages = distFiles(dist).filter((file) => file.endsWith('index.html') && listed(file)).map((file) => file.slice(0, -'index.html'.length));
  const lines: string[] = [];
  await indexSearch({ dist, pages, cache: join(root, 'cache'), root: PROJECT, shardSize: 8, jobs: 2, log: (line) => lines.push(line) });
  return lines.join('\n');
}

beforeAll(() => {
  requireBuild();
  root = makeTemp('dawenlu-shard-cache-');
  cpSync(DIST, join(root, 'dist'), { recursive: true });
});
afterAll(() => removeTemp(root));

it('leaves unchanged shards in place, puts back a shard written to in dist/ from the cache, and indexes a damaged cache again', async () => {
  await indexCopy();
  const script = join(root, 'dist/pagefind/pagefind.js');
  const pristine = readFileSync(script, 'utf8');
  expect(await indexCopy()).toContain('4 shard(s), 0 indexed and 4 unchanged (4 left in place)');

  // A post-processing step appends to a placed file: the cache is untouched, and the next build puts the shard back.
  appendFileSync(script, '\nthrow new Error("post-processed");\n');
  expect(await indexCopy()).toContain('4 shard(s), 0 indexed and 4 unchanged (3 left in place)');
  expect(readFileSync(script, 'utf8')).toBe(pristine);

  // The cache itself damaged on disk, and `rm -rf dist` with a new Astro build: that shard is indexed again.
  const cache = join(root, 'cache');
  const damaged = readdirSync(cache).find((name) => existsSync(join(cache, name, 'pagefind.js')) && readFileSync(join(cache, name, 'pagefind.js'), 'utf8') === pristine)!;
  appendFileSync(join(cache, damaged, 'pagefind.js'), '\n// damaged\n');
  removeTemp(join(root, 'dist'));
  cpSync(DIST, join(root, 'dist'), { recursive: true });
  const again = await indexCopy();
  expect(again).toContain('no longer matches its digest');
  expect(again).toContain('4 shard(s), 1 indexed and 3 unchanged (0 left in place)');
  expect(readFileSync(script, 'utf8')).toBe(pristine);
}, 300_000);
