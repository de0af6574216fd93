import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSearch } from '../../scripts/index-search';
import { shardCacheIn } from '../../scripts/search/shard-cache';
import { positiveIntegerSetting, SettingError } from '../../scripts/settings';
import { SHARD_PAGES } from '../lib/search/shards';

/**
 * Index the pages Astro built with Pagefind, once they are written (as Starlight's Pagefind
 * integration does), in shards planned from those pages: see scripts/index-search.ts. Shard size
 * and the number of Pagefind processes at once come from `DAWENLU_SEARCH_SHARD_PAGES` and
 * `DAWENLU_SEARCH_JOBS`, checked before the build starts.
 */
export function searchIndex(): AstroIntegration {
  let root = '';
  let settings = { shardSize: SHARD_PAGES, jobs: 1 };
  return {
    name: 'dawenlu:search-index',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        root = fileURLToPath(config.root);
        try {
          settings = {
            shardSize: positiveIntegerSetting('DAWENLU_SEARCH_SHARD_PAGES', SHARD_PAGES),
            jobs: positiveIntegerSetting('DAWENLU_SEARCH_JOBS', Math.min(2, availableParallelism())),
          };
        } catch (error) {
          if (!(error instanceof SettingError)) throw error;
          // A setting the person running the build can fix: one line, no stack trace.
          logger.error(error.message);
          process.exit(1);
        }
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        try {
          await indexSearch({
            dist: fileURLToPath(dir),
            pages: pages.map(({ pathname }) => pathname),
            cache: shardCacheIn(root),
            root,
            ...settings,
            log: (line) => logger.info(line),
          });
        } catch (cause) {
          throw new Error('Failed to build the search index with Pagefind.', { cause });
        }
      },
    },
  };
}
