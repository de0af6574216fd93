import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's module of the content layer's data store, as its content plugin resolves it. */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** Give the code of the data store's module: a read of the synced file when the build's pages load it. */
export function dataStoreModule(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/**
 * Give the build the content layer's data store as a read of the file Astro synced, not as the
 * file's text bundled into the code. Astro bundles the store as one `JSON.parse("…")` module, whose
 * string literal V8 scans at a few MB a second: at 5,000 conferences (a 128 MB store) loading it took
 * 19 s and 1.2 GB whenever any entry had changed (the compile cache spares only an unchanged one).
 * Parsing the same file takes about a second, and the bundler never holds the store. The module's
 * code is the same whatever the store holds, so the pages' code hashes for the incremental build do
 * not depend on the content, as with Astro's own module: pages are keyed by what they show.
 * For `astro build` only: `astro dev` keeps Astro's module, which it reloads when the store changes.
 * Astro's option for large stores (`experimental.collectionStorage: 'chunked'`) encodes the store
 * character by character on every write (about 90 s for this one), so it is not used.
 */
export function dataStoreFromDisk(): AstroIntegration {
  return {
    name: 'dawenlu:data-store-from-disk',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        // Where `astro build` keeps the store (`astro dev` keeps its own in .astro/).
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        const plugin: Plugin = {
          name: 'dawenlu:data-store-from-disk',
          apply: 'build',
          load: {
            // Before Astro's content plugin, which would read the file into the module.
            order: 'pre',
            filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
            handler: (id) => (id === DATA_STORE_MODULE ? dataStoreModule(file) : undefined),
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
