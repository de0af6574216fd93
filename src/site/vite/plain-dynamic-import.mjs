// @ts-check
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Replace Vite's dynamic-import preload helper with a plain call.
 * The site's only lazy chunk (the search dialog) has no CSS or dependencies to preload, and the
 * helper would otherwise add ~1 KB gzip to every page's script, half of the 2 KB budget.
 * @returns {import('vite').Plugin}
 */
export function plainDynamicImport() {
  return {
    name: 'plain-dynamic-import',
    enforce: 'pre',
    resolveId: (id) => (id === PRELOAD_HELPER ? id : undefined),
    load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}
