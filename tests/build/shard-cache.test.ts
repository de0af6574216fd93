import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTemp, PROJECT, removeTemp, run, type Run } from '../helpers/project';
import { DIST, requireBuild } from '../helpers/site';

// The search-shard cache places its files in dist/ as hard links: whatever writes into dist/pagefind*/
// in place writes into the cache. The next build must notice (a digest per shard) and index that
// shard again, never publish the written-to files.

let root: string;
const indexSearch = (): Promise<Run> => run('node_modules/.bin/tsx', ['scripts/index-search.ts'], { cwd: PROJECT, env: { DAWENLU_ROOT: root } });

beforeAll(() => {
  requireBuild();
  root = makeTemp('dawenlu-shard-cache-');
  cpSync(DIST, join(root, 'dist'), { recursive: true });
  cpSync(join(PROJECT, 'content/generated'), join(root, 'content/generated'), { recursive: true });
});
afterAll(() => removeTemp(root));

it('indexes again a cached shard written to through dist/, even after dist/ is built anew', async () => {
  const first = await indexSearch();
  expect(first.status, first.stderr).toBe(0);
  const script = join(root, 'dist/pagefind/pagefind.js');
  const pristine = readFileSync(script, 'utf8');
  const placed = await indexSearch();
  expect(placed.stdout).toContain('2 shard(s), 0 indexed and 2 unchanged');

  // A post-processing step appends to a placed file: through the hard link, into the cache.
  appendFileSync(script, '\nthrow new Error("post-processed");\n');
  // `rm -rf dist` and a new Astro build: fresh pages, the shard cache as it is.
  removeTemp(join(root, 'dist'));
  cpSync(DIST, join(root, 'dist'), { recursive: true });

  const again = await indexSearch();
  expect(again.status, again.stderr).toBe(0);
  expect(again.stdout).toContain("Pagefind's cached shard for dist/pagefind/ no longer matches its digest");
  expect(again.stdout).toContain('2 shard(s), 1 indexed and 1 unchanged');
  expect(readFileSync(script, 'utf8')).toBe(pristine);
}, 300_000);
