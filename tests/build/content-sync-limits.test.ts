import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSmallTranscripts, crashLines, splitUnder } from '../helpers/many-transcripts';
import { makeProjectCopy, PROJECT, removeTemp, run, type Run } from '../helpers/project';

// `astro sync` loads every generated page into the content store. On a copy of the project with
// 1,001 conferences (6,030 pages) and a limit of 256 open files, it must read every page without
// running out of file descriptors (EMFILE), and the store must hold each one: a loader that fails
// part of the way through, or drops files it could not read, gives a store with fewer entries.

const TRANSCRIPTS = 1000;
const LIMIT = 'ulimit -n 256';

let root: string;
let splitRun: Run;
let sync: Run;

beforeAll(async () => {
  root = addSmallTranscripts(makeProjectCopy(), TRANSCRIPTS);
  splitRun = await splitUnder(LIMIT, root);
  // The copy's own config and loader; its own caches (node_modules/.astro) start empty.
  sync = await run('bash', ['-c', `${LIMIT} && exec astro sync --root "$ROOT"`], { cwd: root, env: { ROOT: root, DAWENLU_ROOT: undefined } });
});

afterAll(() => removeTemp(root));

/** The generated pages of a collection, by entry id (`zh-hans/2024-03-07-wang-yi/01`). */
const generatedIds = (pattern: string) => globSync(pattern, { cwd: join(root, 'content/generated') }).map((file) => file.replace(/\.mdx$/, '')).sort();

/** The content store `astro sync` wrote, read with the parser Astro reads it with (devalue): collection → id → entry. */
async function dataStore(): Promise<Map<string, Map<string, { filePath?: string }>>> {
  const devaluePath = createRequire(join(PROJECT, 'node_modules/astro/package.json')).resolve('devalue');
  const devalue = (await import(pathToFileURL(devaluePath).href)) as { parse: (text: string) => unknown };
  const store = devalue.parse(readFileSync(join(root, 'node_modules/.astro/data-store.json'), 'utf8'));
  expect(store).toBeInstanceOf(Map);
  return store as Map<string, Map<string, { filePath?: string }>>;
}

describe(`astro sync of ${TRANSCRIPTS + 1} conferences under \`${LIMIT}\``, () => {
  it('has the pages to load: the split wrote all of them under the same limit', () => {
    expect(crashLines(splitRun.stderr)).toEqual([]);
    expect(splitRun.stderr).toBe('');
    expect(splitRun.status).toBe(0);
    expect(generatedIds('*/*/index.mdx')).toHaveLength(2 * (TRANSCRIPTS + 1));
    expect(generatedIds('*/*/[0-9]*.mdx')).toHaveLength(2 * (2 * TRANSCRIPTS + 14));
  });

  it('exits 0 without running out of file descriptors or crashing', () => {
    const output = `${sync.stdout}\n${sync.stderr}`;
    expect(output).not.toMatch(/EMFILE|too many open files/i);
    expect(crashLines(output)).toEqual([]);
    expect(sync.status, output).toBe(0);
  });

  it.each([
    ['conferences', '*/*/index.mdx'],
    ['questions', '*/*/[0-9]*.mdx'],
  ])('stores every page of the %s collection', async (collection, pattern) => {
    const entries = (await dataStore()).get(collection);
    const ids = generatedIds(pattern);
    expect(ids.length).toBeGreaterThan(2000);
    expect(entries?.size).toBe(ids.length);
    expect([...(entries?.keys() ?? [])].sort()).toEqual(ids);
    for (const [id, entry] of entries ?? []) expect(entry.filePath, id).toBe(`content/generated/${id}.mdx`);
  });
});
