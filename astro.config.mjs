// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { plainDynamicImport } from './src/site/vite/plain-dynamic-import.mjs';
import { dataStoreFromDisk } from './src/site/integrations/data-store-from-disk';
import { inPlaceBuild } from './src/site/integrations/in-place-build';
import { questionRedirectPages } from './src/site/integrations/question-redirects';
import { searchIndex } from './src/search-index/integration';
import { isUnlistedAddress } from './src/site/integrations/unlisted-pages';
import { wholeArchiveData } from './src/site/integrations/whole-archive-data';
import { scriptAlternates } from './src/site/lib/sitemap-alternates';
import { isSearchIndexFile } from './src/shared/paths';

// Where the site is served: set SITE (origin) and BASE (sub-path) when deploying, e.g.
// SITE=https://example.org BASE=/transcripts/ npm run build
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';
const isUnlisted = isUnlistedAddress(base);
const redirects = questionRedirectPages();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Pages render four at a time: each reads its body from its file, and the reads overlap the
  // rendering (a quarter less time for 32,000 pages; more at once gained nothing).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  // Pages whose `cacheKey` (src/site/data/cache-key.ts) and code are unchanged keep their last output:
  // adding a conference renders its pages and the lists that name it, not the whole archive.
  experimental: { incrementalBuild: true },
  vite: {
    plugins: [plainDynamicImport()],
    // Pages read their body from the generated file when they render (src/site/data/page-body.ts).
    define: { __PROJECT_ROOT__: JSON.stringify(fileURLToPath(new URL('.', import.meta.url))) },
  },
  integrations: [
    // Hand-written pages (src/pages/**/about.mdx). Generated transcript pages are read as data instead:
    // see src/site/content/generated-pages-loader.ts.
    mdx(),
    // The build reads the content layer's data store from its file rather than bundling it.
    dataStoreFromDisk(),
    redirects,
    sitemap({
      filter: (page) => !/\/404\/?$/.test(page) && !isUnlisted(page),
      serialize: (item) => ({ ...item, links: scriptAlternates(item.url, base) }),
    }),
    // Then the whole archive's data files, made from the years' files this build wrote or kept,
    wholeArchiveData(),
    // the search index of the pages built (src/search-index/index-search.ts),
    searchIndex(),
    // and last, the removal of what an earlier build left in dist/ that this one did not write or keep.
    // The search index's folders are its own: it leaves a shard where it is, and removes those it no longer has.
    inPlaceBuild({ keptElsewhere: isSearchIndexFile, alsoClaimed: redirects.files }),
  ],
});
