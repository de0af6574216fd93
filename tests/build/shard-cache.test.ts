import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { indexSearch } from '../../src/search-index/index-search';
import { makeTemp, PROJECT, removeTemp } from '../helpers/project';
import { DIST, distFiles, requireBuild } from '../helpers/site';

// The search-shard cache places its files in dist/ as hard links: whatever writes into dist/pagefind*/
// in place writes into the cache. The next build must notice (a digest per shard) and index that
// shard again, never publish the written-to files.

let root: string;

/** Index a copy of the shared build as the build's integration does, from the pages built; give what it logged. */
async function indexCopy(): Promise<string> {
  const dist = join(root, 'dist');
  const pages = distFiles(dist).filter((file) => file.endsWith('index.html')).map((file) => file.slice(0, -'index.html'.length));
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

it('indexes again a cached shard written to through dist/, even after dist/ is built anew', async () => {
  await indexCopy();
  const script = join(root, 'dist/pagefind/pagefind.js');
  const pristine = readFileSync(script, 'utf8');
  expect(await indexCopy()).toContain('4 shard(s), 0 indexed and 4 unchanged');

  // A post-processing step appends to a placed file: through the hard link, into the cache.
  appendFileSync(script, '\nthrow new Error("post-processed");\n');
  // `rm -rf dist` and a new Astro build: fresh pages, the shard cache as it is.
  removeTemp(join(root, 'dist'));
  cpSync(DIST, join(root, 'dist'), { recursive: true });

  const again = await indexCopy();
  expect(again).toContain("Pagefind's cached shard for dist/pagefind/ no longer matches its digest");
  expect(again).toContain('4 shard(s), 1 indexed and 3 unchanged');
  expect(readFileSync(script, 'utf8')).toBe(pristine);
}, 300_000);
