import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'tinyglobby';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import { mapLimit } from '../lib/concurrency';
import { MdxSyntaxError, parseMdxBody, splitFrontmatter } from '../lib/mdx/read';
import { compareText } from '../lib/text';

/** Files read at once: a few thousand open at the same time would exhaust file descriptors (EMFILE). */
const CONCURRENT_READS = 16;
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
 * Load the generated MDX pages as data: the frontmatter and the body, read once here (the body as a
 * tree of elements and text) and checked by the collection's schema. Pages render that tree with the
 * site's own components, so no page becomes a JS module of its own (that made large archives slow
 * and heavy to build). Like Astro's `glob()` loader, it keeps the entries of unchanged files (by
 * digest), drops those whose files are gone, and follows added, changed and removed files in `astro dev`.
 */
export function generatedPages({ base, pattern, sources }: Options): Loader {
  return {
    name: 'generated-pages',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = resolve(root, base);
      const count = await syncFolder(context, { root, folder, pattern });
      if (count === 0) await failIfSourcesExist({ root, base, pattern, sources });
      context.logger.debug(`loaded ${count} pages from ${base}`);

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
            .then(() => syncFolder(context, { root, folder, pattern }))
            .then((loaded) => logger.info(`reloaded ${base} (${loaded} pages)`))
            .catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
        }, WATCH_DELAY_MS);
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
    },
  };
}

/** Bring the store in line with the folder: read new and changed pages, keep unchanged ones, drop removed ones; give the number of pages. */
async function syncFolder(
  { store, parseData, generateDigest }: Pick<LoaderContext, 'store' | 'parseData' | 'generateDigest'>,
  { root, folder, pattern }: { root: string; folder: string; pattern: string },
): Promise<number> {
  const files = (await glob(pattern, { cwd: folder, expandDirectories: false })).sort(compareText);
  const gone = new Set(store.keys());
  await mapLimit(files, CONCURRENT_READS, async (file) => {
    const id = file.replace(/\.mdx$/, '');
    gone.delete(id);
    const text = await readFile(join(folder, file), 'utf8');
    const digest = generateDigest(text);
    if (store.get(id)?.digest === digest) return;
    const filePath = relative(root, join(folder, file)).split(sep).join('/');
    const data = await parseData({ id, data: readPage(text, filePath), filePath });
    store.set({ id, data, filePath, digest });
  });
  for (const id of gone) store.delete(id);
  return files.length;
}

/**
 * Read a generated page's frontmatter and body into the data its collection schema checks. The
 * frontmatter is read by js-yaml, about ten times faster than `yaml` on these small documents
 * (seconds in a build of 30,000 pages); the split writes plain YAML that both read alike.
 */
function readPage(text: string, filePath: string): Record<string, unknown> {
  try {
    const { frontmatter, body, bodyLine } = splitFrontmatter(text);
    const data = loadYaml(frontmatter, { schema: CORE_SCHEMA, filename: filePath });
    if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new MdxSyntaxError(2, 'the frontmatter is not a YAML mapping');
    return { ...data, body: parseMdxBody(body, bodyLine) };
  } catch (error) {
    const hint = 'Run `npm run split` to regenerate it (`-- --force` if it was edited by hand).';
    if (error instanceof MdxSyntaxError) throw new Error(`${filePath}:${error.message}. ${hint}`, { cause: error });
    if (error instanceof YAMLException) {
      // The frontmatter starts on line 2, after the opening ---; js-yaml counts lines from 0.
      const line = error.mark.line + 2;
      throw new Error(`${filePath}:${line}: the frontmatter is not valid YAML: ${error.reason}. ${hint}`, { cause: error });
    }
    throw error;
  }
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
