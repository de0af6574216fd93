import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProjectCopy, removeTemp, run, type Run } from '../helpers/project';
import { distFiles } from '../helpers/site';

// Astro's incremental build keeps the last output of every page whose cacheKey and code are
// unchanged, and the search index keeps its unchanged shards; the build writes into dist/ in place
// and removes what it no longer has. None of it may show: a small archive (the seed and two layout
// fixtures) is built, a conference is added and another taken out, it is built again, and every
// file of dist/ must be the bytes a clean build of the same input gives, with no file more or less.

const FIXTURES = join(import.meta.dirname, '../fixtures/layouts');
const ADDED = '2024-10-21-fmprc-briefing';
const REMOVED = '2023-11-30-mnd-regular';

let root: string;
let first: Run;
let incremental: Run;
let clean: Run;
let afterIncremental: Map<string, string>;
let afterClean: Map<string, string>;

/** Build the copy as `npm run build` does, the search index in small shards so that some are kept and some not. */
// Plain output to read: Astro colours its log whenever FORCE_COLOR is set, to any value (the test runner sets it).
const build = (): Promise<Run> =>
  run('npm', ['run', 'build'], { cwd: root, env: { DAWENLU_ROOT: undefined, DAWENLU_SEARCH_SHARD_PAGES: '8', FORCE_COLOR: undefined, NO_COLOR: '1' } });

/** Hash every file of a built site, path by path. */
function hashes(folder: string): Map<string, string> {
  return new Map(distFiles(folder).map((file) => [file, createHash('sha256').update(readFileSync(join(folder, file))).digest('hex')]));
}

const addTranscript = (name: string) => cpSync(join(FIXTURES, `${name}.txt`), join(root, 'content/transcripts', `${name}.txt`));

beforeAll(async () => {
  root = makeProjectCopy('dawenlu-incremental-');
  for (const name of [REMOVED, '2024-01-24-pboc-briefing']) addTranscript(name);
  first = await build();
  addTranscript(ADDED);
  rmSync(join(root, 'content/transcripts', `${REMOVED}.txt`));
  incremental = await build();
  afterIncremental = hashes(join(root, 'dist'));
  // A clean build of the same input: no output, no Astro cache, no split or shard cache.
  for (const folder of ['dist', 'node_modules/.astro', 'node_modules/.cache']) rmSync(join(root, folder), { recursive: true, force: true });
  clean = await build();
  afterClean = hashes(join(root, 'dist'));
}, 900_000);

afterAll(() => removeTemp(root));

describe('adding a conference, taking one out and building again', () => {
  it('builds', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(incremental.status, incremental.stderr).toBe(0);
    expect(clean.status, clean.stderr).toBe(0);
  });

  it('keeps the pages the new conference leaves alone, renders its own, and indexes only the shards it changes', () => {
    const kept = incremental.stdout.split('\n').filter((line) => /\((?:cached|restored)\)$/u.test(line.trim()));
    expect(kept.some((line) => line.includes('/2024-03-07-wang-yi/05/index.html'))).toBe(true);
    expect(kept.some((line) => line.includes(ADDED))).toBe(false);
    expect(incremental.stdout).toMatch(new RegExp(String.raw`├─ /${ADDED}/index\.html \(\+`, 'u'));
    expect(incremental.stdout).toMatch(/Search index: (\d+) shard\(s\), (\d+) indexed and [1-9]\d* unchanged/u);
    expect(clean.stdout).toMatch(/Search index: (\d+) shard\(s\), \1 indexed and 0 unchanged/u);
  });

  it('gives byte for byte what a clean build of the same input gives, file by file', () => {
    expect(afterIncremental.has(`${ADDED}/index.html`)).toBe(true);
    expect([...afterIncremental.keys()].filter((file) => file.includes(REMOVED))).toEqual([]);
    expect(incremental.stdout).toMatch(/Removed \d+ file\(s\) of an earlier build that this one no longer has\./u);
    const differing = [...new Set([...afterIncremental.keys(), ...afterClean.keys()])].filter((file) => afterIncremental.get(file) !== afterClean.get(file)).sort();
    expect(differing).toEqual([]);
    expect(afterClean.size).toBeGreaterThan(100);
  });
});
