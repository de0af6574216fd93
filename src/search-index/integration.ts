import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { SearchIndexJob } from './index-search';
import { shardCacheIn } from './shard-cache';
import { sitePathOfPage, unlistedPages } from '../site/integrations/unlisted-pages';
import { positiveIntegerSetting, SettingError } from '../../scripts/settings';
import { SHARD_PAGES } from '../shared/search/shards';

/**
 * Run the indexing in a process of its own (TypeScript through tsx, from the project folder), its
 * lines logged as this integration's: the build's process holds the garbage of rendering every page,
 * which V8 collects lazily, and the pages read for the index would come on top of it.
 */
function runIndexer(root: string, jobFile: string, logger: AstroIntegrationLogger): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/search-index/index-search.ts'), jobFile], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    createInterface({ input: child.stdout }).on('line', (line) => logger.info(line));
    child.on('error', reject);
    child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`The indexing process ended with ${signal ?? `exit ${code}`}.`))));
  });
}

/**
 * Index the pages Astro built with Pagefind, once they are written (as Starlight's Pagefind
 * integration does), in shards planned from those pages: see src/search-index/index-search.ts. Shard size
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
        const cache = shardCacheIn(root);
        // A page that asks search engines to leave it out (a question missing from a partial text) has nothing to find.
        const unlisted = unlistedPages();
        const listed = pages.map(({ pathname }) => pathname).filter((pathname) => !unlisted.has(sitePathOfPage(pathname)));
        const job: SearchIndexJob = { dist: fileURLToPath(dir), pages: listed, cache, root, ...settings };
        const jobFile = join(cache, `../search-index-job.${process.pid}.json`);
        try {
          await mkdir(cache, { recursive: true });
          await writeFile(jobFile, JSON.stringify(job));
          await runIndexer(root, jobFile, logger);
        } catch (cause) {
          throw new Error('Failed to build the search index with Pagefind.', { cause });
        } finally {
          await rm(jobFile, { force: true });
        }
      },
    },
  };
}
