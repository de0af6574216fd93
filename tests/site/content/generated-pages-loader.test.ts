import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { cpSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generatedPages } from '../../../src/site/content/generated-pages-loader';
import { bodyOf } from '../../../src/site/data/page-body';
import { questionSchema } from '../../../src/shared/content/schema';
import { makeTemp, PROJECT, removeTemp, writeFile } from '../../helpers/project';

// The loader runs against Astro's own data store (not exported by the package, so loaded by path):
// digests, deletions and entries behave as they do in `astro build` and `astro dev`.
const astroDist = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist');
const { MutableDataStore } = (await import(pathToFileURL(join(astroDist, 'content/mutable-data-store.js')).href)) as {
  MutableDataStore: { fromMap(map: Map<string, Map<string, unknown>>): Promise<{ scopedStore(collection: string): LoaderContext['store'] }> };
};

const SEED = '2024-03-07-wang-yi';
const schema = questionSchema;
const temps: string[] = [];
afterEach(() => {
  for (const folder of temps.splice(0)) removeTemp(folder);
});

/** A project root holding the seed's transcript and its committed generated pages, in a folder whose path has a space and Chinese characters. */
function makeRoot(): string {
  const root = join(makeTemp('答问 录-'), '项目 副本');
  temps.push(dirname(root));
  cpSync(join(PROJECT, 'content/transcripts'), join(root, 'content/transcripts'), { recursive: true });
  cpSync(join(PROJECT, 'content/generated'), join(root, 'content/generated'), { recursive: true });
  return root;
}

/** The parts of a loader context the loader uses, around a real Astro data store; counts schema checks. */
async function contextFor(root: string, watcher?: EventEmitter & { add(path: string): void }) {
  const store = (await MutableDataStore.fromMap(new Map())).scopedStore('questions');
  const parsed: string[] = [];
  const messages: string[] = [];
  const log = (message: string) => messages.push(message);
  const context = {
    collection: 'questions',
    store,
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/node_modules/.astro/`) },
    logger: { debug: log, info: log, warn: log, error: log },
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16),
    parseData: async ({ id, data }: { id: string; data: unknown }) => {
      parsed.push(id);
      return schema.parseAsync(data);
    },
    watcher,
  } as unknown as LoaderContext;
  return { context, store, parsed, messages };
}

const loader = generatedPages({ base: 'content/generated', pattern: '*/*/[0-9]*.mdx', sources: 'content/transcripts/*.txt' });

describe('generatedPages', () => {
  it('loads every question page of both scripts from a path with a space and Chinese characters', async () => {
    const root = makeRoot();
    const { context, store } = await contextFor(root);
    await loader.load(context);
    expect(store.keys()).toHaveLength(28);
    const entry = store.get(`zh-hant/${SEED}/05`);
    expect(entry?.filePath).toBe(`content/generated/zh-hant/${SEED}/05.mdx`);
    expect(entry?.data).toMatchObject({ conference: SEED, number: 5, script: 'zh-Hant' });
    // The body is checked but not stored; the page reads it from the file: turns holding paragraphs holding text.
    expect(entry?.data).not.toHaveProperty('body');
    const [question] = bodyOf(entry ?? {}, root);
    expect(question).toMatchObject({ type: 'element', name: 'Turn', attributes: { role: 'question' } });
    expect(question?.type === 'element' && question.children[0]).toMatchObject({ name: 'Paragraph', attributes: { id: 'q1', line: 63 } });
  });

  it('keeps unchanged entries, re-reads changed ones and drops those whose file is gone', async () => {
    const root = makeRoot();
    const { context, store, parsed } = await contextFor(root);
    await loader.load(context);
    expect(parsed).toHaveLength(28);
    parsed.length = 0;
    const digestBefore = store.get(`zh-hans/${SEED}/02`)?.digest;

    const changed = join(root, 'content/generated/zh-hans', SEED, '02.mdx');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('千家万户', '万户千家'));
    rmSync(join(root, 'content/generated/zh-hant', SEED, '14.mdx'));
    await loader.load(context);
    expect(parsed).toEqual([`zh-hans/${SEED}/02`]);
    expect(store.keys()).toHaveLength(27);
    expect(store.has(`zh-hant/${SEED}/14`)).toBe(false);
    expect(store.get(`zh-hans/${SEED}/02`)?.digest).not.toBe(digestBefore);
    expect(JSON.stringify(bodyOf(store.get(`zh-hans/${SEED}/02`) ?? {}, root))).toContain('万户千家');
  });

  describe('with the stamps of the last sync', () => {
    /** Load once with the clock a minute ahead, so that the stamps were taken well after the pages were copied. */
    async function loadedEarlier() {
      const root = makeRoot();
      const loaded = await contextFor(root);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 60_000);
      try {
        await loader.load(loaded.context);
      } finally {
        vi.useRealTimers();
      }
      loaded.parsed.length = 0;
      return { root, ...loaded };
    }
    const page = (root: string, number: string) => join(root, 'content/generated/zh-hans', SEED, `${number}.mdx`);

    it('reads no page its stamp vouches for, and keeps every entry', async () => {
      const { context, store, messages } = await loadedEarlier();
      expect(messages.at(-1)).toBe('loaded 28 pages from content/generated (28 read)');
      const before = store.keys().map((id) => store.get(id)?.digest);
      await loader.load(context);
      expect(messages.at(-1)).toBe('loaded 28 pages from content/generated (0 read)');
      expect(store.keys().map((id) => store.get(id)?.digest)).toEqual(before);
    });

    it('reads a page written since, even at the same size with its modification time put back', async () => {
      const { root, context, store, parsed, messages } = await loadedEarlier();
      const file = page(root, '02');
      const { atime, mtime, size } = statSync(file);
      writeFileSync(file, readFileSync(file, 'utf8').replace('千家万户', '万户千家'));
      utimesSync(file, atime, mtime);
      expect(statSync(file).size).toBe(size);
      await loader.load(context);
      expect(messages.at(-1)).toBe('loaded 28 pages from content/generated (1 read)');
      expect(parsed).toEqual([`zh-hans/${SEED}/02`]);
      expect(JSON.stringify(bodyOf(store.get(`zh-hans/${SEED}/02`) ?? {}, root))).toContain('万户千家');
    });

    it('reads every page again when the stamps are unreadable or the store lost its entries', async () => {
      const { root, context, messages } = await loadedEarlier();
      writeFileSync(join(root, 'node_modules/.astro/generated-pages/questions.json'), '{"format":1,"stampedAt":');
      await loader.load(context);
      expect(messages.at(-1)).toBe('loaded 28 pages from content/generated (28 read)');

      const again = await loadedEarlier();
      const fresh = await contextFor(again.root);
      await loader.load(fresh.context);
      expect(fresh.messages.at(-1)).toBe('loaded 28 pages from content/generated (28 read)');
      expect(fresh.store.keys()).toHaveLength(28);
    });
  });

  it('follows added, changed and removed files in astro dev', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const root = makeRoot();
      const watched: string[] = [];
      const watcher = Object.assign(new EventEmitter(), { add: (path: string) => watched.push(path) });
      const { context, store, messages } = await contextFor(root);
      await loader.load({ ...context, watcher } as unknown as LoaderContext);
      expect(watched).toEqual([join(root, 'content/generated')]);

      const folder = join(root, 'content/generated/zh-hans', SEED);
      const added = join(folder, '15.mdx');
      writeFile(added, readFileSync(join(folder, '14.mdx'), 'utf8').replace('number: 14', 'number: 15').replace('questionCount: 14', 'questionCount: 15'));
      watcher.emit('add', added);
      rmSync(join(folder, '01.mdx'));
      watcher.emit('unlink', join(folder, '01.mdx'));
      // Files outside the collection's folder or of another kind are ignored.
      watcher.emit('change', join(root, 'src/pages/index.astro'));
      await vi.runAllTimersAsync();
      await vi.waitFor(() => expect(messages.at(-1)).toBe('reloaded content/generated (28 pages)'));
      expect(store.get(`zh-hans/${SEED}/15`)?.data).toMatchObject({ number: 15 });
      expect(store.has(`zh-hans/${SEED}/01`)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('fails with the file and line when a page is not what the splitter writes', async () => {
    const root = makeRoot();
    const page = join(root, 'content/generated/zh-hans', SEED, '03.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/(<Paragraph id="a2"[^>]*>)\{/, '$1plain text {'));
    const line = readFileSync(page, 'utf8').split('\n').findIndex((text) => text.includes('plain text')) + 1;
    const { context } = await contextFor(root);
    await expect(loader.load(context)).rejects.toThrow(
      `content/generated/zh-hans/${SEED}/03.mdx:line ${line}: unexpected "p": text must be written as {"…"}. Run \`npm run split\` to regenerate it`,
    );
  });

  it('fails with the file when a body holds what the site does not render', async () => {
    const root = makeRoot();
    const page = join(root, 'content/generated/zh-hans', SEED, '03.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace('<Paragraph id="a2"', '<Paragraph id="x2"'));
    const { context } = await contextFor(root);
    await expect(loader.load(context)).rejects.toThrow(
      new RegExp(`^content/generated/zh-hans/${SEED}/03\\.mdx:line \\d+: the body is not what the splitter writes \\(.*id: expected a paragraph id such as a3\\)\\. Run`),
    );
  });

  it('fails with the line of a frontmatter that is not YAML', async () => {
    const root = makeRoot();
    const page = join(root, 'content/generated/zh-hant', SEED, '07.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace('number: 7', 'number: 7\nnumber: 8'));
    const line = readFileSync(page, 'utf8').split('\n').indexOf('number: 8') + 1;
    const { context } = await contextFor(root);
    await expect(loader.load(context)).rejects.toThrow(`content/generated/zh-hant/${SEED}/07.mdx:${line}: the frontmatter is not valid YAML: duplicated mapping key. Run`);
  });

  it('fails loudly when transcripts exist but no page was generated', async () => {
    const root = makeRoot();
    rmSync(join(root, 'content/generated'), { recursive: true });
    const { context } = await contextFor(root);
    await expect(loader.load(context)).rejects.toThrow(
      'content/generated/ holds no page matching */*/[0-9]*.mdx, but content/transcripts/*.txt matches 1 file(s)',
    );
  });

  it('loads an empty collection when there is nothing to generate pages from', async () => {
    const root = makeRoot();
    rmSync(join(root, 'content'), { recursive: true });
    const { context, store } = await contextFor(root);
    await loader.load(context);
    expect(store.keys()).toEqual([]);
  });
});
