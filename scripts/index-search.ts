/**
 * Build the Pagefind index of dist/ (one index per script, from <html lang>) and ship the archive's
 * script map for cross-script queries. Runs after `astro build`.
 *
 * Each script's index comes in shards of a bounded number of pages (src/lib/search/shards.ts), each
 * built by a Pagefind process of its own, a few at a time (DAWENLU_SEARCH_JOBS, default: two, or one
 * on a single CPU), so the peak memory is that of a few shards whatever the archive's size. A shard
 * whose pages have not changed since the last build is placed from the cache instead (scripts/search/shard-cache.ts).
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { mapLimit } from '../src/lib/concurrency';
import { scripts, type Script } from '../src/lib/content/schema';
import { archivePath, pagefindPath } from '../src/lib/paths';
import { readScriptMapFile, SCRIPT_MAP_FILE } from '../src/lib/search/script-map-file';
import { pageOfGeneratedFile, SHARD_PAGES, shardPages } from '../src/lib/search/shards';
import type { SearchData } from '../src/scripts/search-data';
import { paths } from './paths';
import { readIndexedPages, type ShardJob } from './search/index-shard';
import { positiveIntegerSetting, SettingError } from './settings';
import { isIntact, placeShard, pruneShardCache, removeCachedShard, SHARD_CACHE, shardKey, writeShardDigest } from './search/shard-cache';

const { shardSize, jobs } = settings();
const SHARD_SCRIPT = join(import.meta.dirname, 'search/index-shard.ts');

/** Read the settings from the environment; one that is not a number ends the run with one line. */
function settings(): { shardSize: number; jobs: number } {
  try {
    return {
      shardSize: positiveIntegerSetting('DAWENLU_SEARCH_SHARD_PAGES', SHARD_PAGES),
      jobs: positiveIntegerSetting('DAWENLU_SEARCH_JOBS', Math.min(2, availableParallelism())),
    };
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

interface Shard {
  script: Script;
  /** Its folder in dist/ (`pagefind-2`, `zh-hant/pagefind`). */
  folder: string;
  pages: string[];
}

/** Every shard of both scripts, newest first: the pages to index are those the split generated, a conference page and one per question. */
async function plan(): Promise<Shard[]> {
  const shards: Shard[] = [];
  for (const script of scripts) {
    const generated = (await readdir(join(paths.generated, script.toLowerCase()), { recursive: true })).map((file) => file.split('\\').join('/'));
    const pages = shardPages(generated.filter((file) => file.endsWith('.mdx')).map(pageOfGeneratedFile), shardSize);
    if (pages.length === 0) throw new Error(`No ${script} pages to index: content/generated/ is empty. Run \`npm run split\` first.`);
    pages.forEach((list, index) => shards.push({ script, folder: pagefindPath(script, index).slice(1, -1), pages: list.map((page) => `${archivePath(script).slice(1)}${page}`) }));
  }
  return shards;
}

/** Run one shard's Pagefind process (the same Node and loader as this one); fail with its exit code. */
function runShard(job: ShardJob, jobFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, SHARD_SCRIPT, jobFile], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`Pagefind failed on ${job.documents.length} pages for ${job.outputPath} (${signal ?? `exit ${code}`}).`))));
  });
}

/**
 * Put one shard in dist/: from the cache when what Pagefind reads of its pages is unchanged, else
 * indexed now (by a process of its own, given the pages as read here) and cached.
 */
async function buildShard(shard: Shard): Promise<{ key: string; outcome: 'cached' | 'indexed' }> {
  const documents = readIndexedPages(paths.dist, shard.pages);
  const key = await shardKey(documents);
  const cached = join(SHARD_CACHE, key);
  const target = join(paths.dist, shard.folder);
  const present = await readdir(cached).then(() => true, () => false);
  const hit = present && (await isIntact(cached));
  if (present && !hit) {
    console.log(`Pagefind's cached shard for dist/${shard.folder}/ no longer matches its digest (written to since it was cached); indexing it again.`);
    await removeCachedShard(cached);
  }
  if (!hit) {
    const staging = `${cached}.${process.pid}.tmp`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    const jobFile = join(staging, 'job.json');
    const job: ShardJob = { documents, outputPath: join(staging, 'bundle') };
    await writeFile(jobFile, JSON.stringify(job));
    await runShard(job, jobFile);
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

const shards = await plan();
await mkdir(SHARD_CACHE, { recursive: true });
const built = await mapLimit(shards, jobs, async (shard) => {
  const result = await buildShard(shard);
  console.log(`Pagefind ${result.outcome === 'cached' ? 'placed the unchanged cached shard of' : 'indexed'} ${shard.pages.length} ${shard.script} pages into dist/${shard.folder}/.`);
  return result;
});
await pruneShardCache(new Set(built.map(({ key }) => key)));
const outcomes = built.map(({ outcome }) => outcome);

// The split wrote the map from the pages it had in hand; the index only ships it, with how many
// shards each script has: the search reads that from the file it loads anyway.
const map = readScriptMapFile(await readFile(join(paths.generated, SCRIPT_MAP_FILE), 'utf8'));
const shardCounts = Object.fromEntries(scripts.map((script) => [script, shards.filter((shard) => shard.script === script).length]));
const searchData: SearchData = { ...map, shards: shardCounts };
await writeFile(join(paths.dist, pagefindPath('zh-Hans').slice(1), 'script-map.json'), JSON.stringify(searchData));
const indexed = outcomes.filter((outcome) => outcome === 'indexed').length;
console.log(`Search index: ${shards.length} shard(s), ${indexed} indexed and ${shards.length - indexed} unchanged; script map: ${[...map.t2s].length / 2} traditional and ${map.s2t.split(' ').length} simplified characters.`);
