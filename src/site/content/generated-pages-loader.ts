import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'tinyglobby';
import { readPageFile } from '../lib/content/page-file';
import { turnSpeakers } from '../lib/content/turn-speakers';
import { compareText } from '../../shared/text';
import { startStampRun } from '../lib/file-stamps';

/** Wait this long after a file event in `astro dev`, so that one `npm run split` reloads the pages once. */
const WATCH_DELAY_MS = 100;

interface Options {
  /** Folder of the generated pages, relative to the project root. */
  base: string;
  /** Which files of the folder form the collection. */
  pattern: string;
  /** The files the pages are generated from, relative to the project root: if any exists, the collection must not be empty. */
  sources: string;
}

/**
 * Load the generated MDX pages as data: the frontmatter, checked by the collection's schema, and
 * nothing of the body but its check. Pages read their body as a tree of elements and text when they
 * render it with the site's own components, so no page becomes a JS module of its own (that made
 * large archives slow and heavy to build) and the data store, which every page of the build loads
 * whole, holds what lists and navigation need: about half the size, and half the build's memory. Like Astro's `glob()` loader, it keeps the entries of unchanged files (by
 * digest), drops those whose files are gone, and follows added, changed and removed files in `astro dev`.
 * Unlike it, it need not read an unchanged file: a stamp of each file's status vouches for its
 * digest (src/shared/file-stamp.ts), so a build of a large archive reads only the pages the split wrote.
 */
export function generatedPages({ base, pattern, sources }: Options): Loader {
  return {
    name: 'generated-pages',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = resolve(root, base);
      const stamps = fileURLToPath(new URL(`generated-pages/${context.collection}.json`, context.config.cacheDir));
      const sync = () => syncFolder(context, { root, folder, pattern, stamps });
      const { count, read } = await sync();
      if (count === 0) await failIfSourcesExist({ root, base, pattern, sources });
      context.logger.debug(`loaded ${count} pages from ${base} (${read} read)`);

      const { watcher, logger } = context;
      if (!watcher) return;
      watcher.add(folder);
      // Any added, changed or removed file under the folder re-reads it; unchanged files keep their entries.
      let timer: ReturnType<typeof setTimeout> | undefined;
      let syncing = Promise.resolve();
      const onEvent = (path: string) => {
        if (relative(folder, path).startsWith('..') || !path.endsWith('.mdx')) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          syncing = syncing
            .then(sync)
            .then(({ count }) => logger.info(`reloaded ${base} (${count} pages)`))
            .catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
        }, WATCH_DELAY_MS);
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
    },
  };
}

/**
 * Bring the store in line with the folder: read new and changed pages, keep unchanged ones, drop
 * removed ones; then stamp every page. Gives the number of pages, and of pages read.
 * @param stamps the file that keeps the pages' stamps from one sync to the next
 */
async function syncFolder(
  { store, parseData, generateDigest, logger }: Pick<LoaderContext, 'store' | 'parseData' | 'generateDigest' | 'logger'>,
  { root, folder, pattern, stamps }: { root: string; folder: string; pattern: string; stamps: string },
): Promise<{ count: number; read: number }> {
  const files = (await glob(pattern, { cwd: folder, expandDirectories: false })).sort(compareText);
  const gone = new Set(store.keys());
  const stamped = startStampRun(stamps);
  let read = 0;
  // One file at a time, read synchronously: about ten times faster for small files than reads
  // through the thread pool, and never more than one file open (no EMFILE however many there are).
  for (const file of files) {
    const id = file.replace(/\.mdx$/, '');
    gone.delete(id);
    const path = join(folder, file);
    const checked = stamped.check(id, path);
    if (!checked) throw new Error(`${path}: gone while the pages were read; run the build again.`);
    const { status, vouched } = checked;
    // The stamp vouches for the file, and the store holds the entry it was stamped with.
    if (vouched && store.get(id)?.digest === vouched.digest) {
      stamped.keep(id, vouched);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    read++;
    const digest = generateDigest(text);
    stamped.keep(id, { status, digest });
    if (store.get(id)?.digest === digest) continue;
    const filePath = relative(root, path).split(sep).join('/');
    // The body is checked here, so a bad page fails the build at once, but not kept: pages read it
    // when they render (src/site/data/page-body.ts), which keeps the data store small (every page of the build loads it whole).
    // Who speaks in the turns, with their titles, is kept: the speaker pages list titles over time.
    const { frontmatter, body } = readPageFile(text, filePath);
    const data = await parseData({ id, data: { ...frontmatter, speakers: turnSpeakers(body) }, filePath });
    store.set({ id, data, filePath, digest });
  }
  for (const id of gone) store.delete(id);
  stamped.save((message) => logger.warn(message));
  return { count: files.length, read };
}

/** Fail the build when the collection is empty although there are files to generate its pages from. */
async function failIfSourcesExist({ root, base, pattern, sources }: { root: string; base: string; pattern: string; sources: string }): Promise<void> {
  const found = await glob(sources, { cwd: root, expandDirectories: false });
  if (found.length === 0) return;
  throw new Error(
    `${base}/ holds no page matching ${pattern}, but ${sources} matches ${found.length} file(s) (${root}).\n` +
      '  Run `npm run split` to generate the pages (`npm run build` and `npm run dev` do so first), then build again.',
  );
}
