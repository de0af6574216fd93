import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';
import { MdxSyntaxError, parseMdxBody, splitFrontmatter } from '../lib/mdx/read';
import { compareText } from '../lib/text';

/**
 * Load the generated MDX pages as data: frontmatter validated by the collection's schema, body kept
 * as source and checked by the MDX reader. Pages render the body with the site's own components, so
 * no page becomes a JS module of its own (that is what made large archives slow and heavy to build).
 * @param base folder of the generated pages, relative to the project root
 * @param pattern which files of the folder form the collection
 */
export function generatedPages({ base, pattern }: { base: string; pattern: string }): Loader {
  return {
    name: 'generated-pages',
    load: async ({ config, store, parseData, generateDigest, watcher, logger }) => {
      const folder = resolve(new URL('.', config.root).pathname, base);
      const loadFile = async (file: string) => {
        const path = join(folder, file);
        const text = await readFile(path, 'utf8');
        const id = file.replace(/\.mdx$/, '');
        const where = relative(new URL('.', config.root).pathname, path);
        try {
          const { frontmatter, body, bodyLine } = splitFrontmatter(text);
          parseMdxBody(body, bodyLine);
          const data = await parseData({ id, data: parseYaml(frontmatter) as Record<string, unknown>, filePath: where });
          store.set({ id, data, body, filePath: where, digest: generateDigest(text) });
        } catch (error) {
          if (error instanceof MdxSyntaxError) throw new Error(`${where}:${error.message}. Run \`npm run split\` to regenerate it.`);
          throw error;
        }
      };

      const files = (await glob(pattern, { cwd: folder })).sort(compareText);
      store.clear();
      await Promise.all(files.map(loadFile));
      logger.debug(`loaded ${files.length} pages from ${base}`);

      // In `astro dev`, reload a page when `npm run split` rewrites it.
      watcher?.on('change', (changed) => {
        const file = relative(folder, changed);
        if (!file.startsWith('..') && file.endsWith('.mdx')) void loadFile(file);
      });
    },
  };
}
