/**
 * Build the Pagefind index of a built site (one index per script, from <html lang>) from the pages
 * Astro reports, and ship the search data (the script map the site wrote, and each script's shard
 * count). Run by the search-index integration (src/search-index/integration.ts) at `astro:build:done`.
 *
 * Each script's index comes in shards of a bounded number of pages (src/shared/search/shards.ts), each
 * built by a Pagefind process of its own, a few at a time, so the peak memory is that of a few shards
 * whatever the archive's size. A shard whose pages have not changed since the last build is placed
 * from the cache instead (src/search-index/shard-cache.ts).
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapLimit } from '../shared/concurrency';
import { scripts, type Script } from '../shared/content/schema';
import { archivePath, pagefindPath, scriptOfPath } from '../shared/paths';
import { shardPages } from '../shared/search/shards';
import type { SearchData } from '../browser/search-data';
import { isUnlistedFile } from '../site/integrations/unlisted-pages';
import { readIndexedPages, type ShardJob } from './index-shard';
import { isIntact, placeShard, pruneShardCache, removeCachedShard, shardKey, writeShardDigest } from './shard-cache';

const SHARD_SCRIPT = join(import.meta.dirname, 'index-shard.ts');
/** Where the site writes the script map (src/pages/pagefind/script-map.json.ts), completed here with the shard counts. */
const SEARCH_DATA = `${pagefindPath('zh-Hans').slice(1)}script-map.json`;

/** What one run indexes, and how. */
export interface SearchIndexOptions {
  /** The built site. */
  dist: string;
  /** Every page Astro built, as it reports them (`zh-hant/2024-03-07-wang-yi/05/`). */
  pages: readonly string[];
  /** The folder of cached shards. */
  cache: string;
  /** The project folder, where the shard processes resolve their packages. */
  root: string;
  shardSize: number;
  jobs: number;
  log: (line: string) => void;
}

interface Shard {
  script: Script;
  /** Its folder in dist/ (`pagefind-2`, `zh-hant/pagefind`). */
  folder: string;
  /** Its pages' files in dist/ (`zh-hant/2024-03-07-wang-yi/05/index.html`). */
  pages: string[];
}

/** Plan every shard of both scripts, newest first, from the pages built: a script's conference and question pages. */
export function planShards(pages: readonly string[], shardSize: number): Shard[] {
  const shards: Shard[] = [];
  for (const script of scripts) {
    const prefix = archivePath(script).slice(1);
    const files = pages.filter((page) => scriptOfPath(`/${page}`) === script).map((page) => `${page.slice(prefix.length)}index.html`);
    const planned = shardPages(files, shardSize);
    if (planned.length === 0) throw new Error(`No ${script} conference or question pages were built to index: run \`npm run split\` first.`);
    planned.forEach((list, index) => shards.push({ script, folder: pagefindPath(script, index).slice(1, -1), pages: list.map((page) => `${prefix}${page}`) }));
  }
  return shards;
}

/** Run one shard's Pagefind process (TypeScript through tsx, from the project folder); fail with its exit code. */
function runShard(job: ShardJob, jobFile: string, root: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SHARD_SCRIPT, jobFile], { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`Pagefind failed on ${job.documents.length} pages for ${job.outputPath} (${signal ?? `exit ${code}`}).`))));
  });
}

/**
 * Put one shard in dist/: from the cache when what Pagefind reads of its pages is unchanged, else
 * indexed now (by a process of its own, given the pages as read here) and cached.
 */
async function buildShard(shard: Shard, { dist, cache, root, log }: SearchIndexOptions): Promise<{ key: string; outcome: 'cached' | 'indexed' }> {
  const documents = readIndexedPages(dist, shard.pages);
  const key = await shardKey(documents);
  const cached = join(cache, key);
  const target = join(dist, shard.folder);
  const present = await readdir(cached).then(() => true, () => false);
  const hit = present && (await isIntact(cached));
  if (present && !hit) {
    log(`Pagefind's cached shard for dist/${shard.folder}/ no longer matches its digest (written to since it was cached); indexing it again.`);
    await removeCachedShard(cached);
  }
  if (!hit) {
    const staging = `${cached}.${process.pid}.tmp`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    const jobFile = join(staging, 'job.json');
    const job: ShardJob = { documents, outputPath: join(staging, 'bundle') };
    await writeFile(jobFile, JSON.stringify(job));
    await runShard(job, jobFile, root);
    await writeShardDigest(job.outputPath, cached);
    // Another build of the same pages may have cached the same shard meanwhile: then either copy will do.
    await rename(job.outputPath, cached).catch(async (error: unknown) => {
      if (!(await readdir(cached).then(() => true, () => false))) throw error;
    });
    await rm(staging, { recursive: true, force: true });
  }
  await placeShard(cached, target);
  return { key, outcome: hit ? 'cached' : 'indexed' };
}

/** Index the built pages into dist/, shard by shard, and complete the search data with the shard counts. */
export async function indexSearch(options: SearchIndexOptions): Promise<void> {
  const { dist, pages, cache, shardSize, jobs, log } = options;
  const started = performance.now();
  // A page that asks search engines to leave it out (a question missing from a partial text) has nothing to find.
  const shards = planShards(pages.filter((page) => !isUnlistedFile(join(dist, page, 'index.html'))), shardSize);
  // The site wrote the script map where the first shard goes: read it before that folder is replaced.
  const map = JSON.parse(await readFile(join(dist, SEARCH_DATA), 'utf8')) as SearchData;
  await mkdir(cache, { recursive: true });
  const built = await mapLimit(shards, jobs, async (shard) => {
    const result = await buildShard(shard, options);
    log(`Pagefind ${result.outcome === 'cached' ? 'placed the unchanged cached shard of' : 'indexed'} ${shard.pages.length} ${shard.script} pages into dist/${shard.folder}/.`);
    return result;
  });
  await pruneShardCache(new Set(built.map(({ key }) => key)), cache);
  // How many shards each script has: the search reads that from the file it loads anyway.
  const shardCounts = Object.fromEntries(scripts.map((script) => [script, shards.filter((shard) => shard.script === script).length]));
  const searchData: SearchData = { t2s: map.t2s, s2t: map.s2t, shards: shardCounts };
  await writeFile(join(dist, SEARCH_DATA), JSON.stringify(searchData));
  const indexed = built.filter(({ outcome }) => outcome === 'indexed').length;
  log(`Search index: ${shards.length} shard(s), ${indexed} indexed and ${shards.length - indexed} unchanged; script map: ${[...map.t2s].length / 2} traditional and ${map.s2t.split(' ').length} simplified characters; ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

/** What the integration hands the indexing process: every option but the log, which is stdout there. */
export type SearchIndexJob = Omit<SearchIndexOptions, 'log'>;

if (import.meta.filename === process.argv[1]) {
  const jobFile = process.argv[2];
  if (!jobFile) throw new Error('Usage: tsx src/search-index/index-search.ts <job.json>');
  const job = JSON.parse(await readFile(jobFile, 'utf8')) as SearchIndexJob;
  await indexSearch({ ...job, log: (line) => console.log(line) });
}
