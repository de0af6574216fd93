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
import { archivePath, pagefindPath, scriptOfPath, SHARD_FOLDER } from '../shared/paths';
import { shardPages, shardSpan, type ShardSpan } from '../shared/search/shards';
import type { SearchData } from '../browser/search-data';
import { readIndexedPages, type ShardJob } from './index-shard';
import { folderStamps, placedShard, readPlacements, stampsOf, writePlacements, type Placements } from './placements';
import { isIntact, placeShard, pruneShardCache, removeCachedShard, shardKey, writeShardDigest } from './shard-cache';

const SHARD_SCRIPT = join(import.meta.dirname, 'index-shard.ts');
/** Where the site writes the script map (src/pages/pagefind/script-map.json.ts), completed here with the shard counts. */
const SEARCH_DATA = `${pagefindPath('zh-Hans').slice(1)}script-map.json`;

/** What one run indexes, and how. */
export interface SearchIndexOptions {
  /** The built site. */
  dist: string;
  /** Every page Astro built that search engines may list, as Astro names them (`zh-hant/2024-03-07-wang-yi/05/`). */
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
  /** The days of its first and last conference, so that a search filtered by date or conference can pass it by. */
  span: ShardSpan;
}

/** Plan every shard of both scripts, newest first, from the pages built: a script's conference and question pages. */
export function planShards(pages: readonly string[], shardSize: number): Shard[] {
  const shards: Shard[] = [];
  for (const script of scripts) {
    const prefix = archivePath(script).slice(1);
    const files = pages.filter((page) => scriptOfPath(`/${page}`) === script).map((page) => `${page.slice(prefix.length)}index.html`);
    const planned = shardPages(files, shardSize);
    if (planned.length === 0) throw new Error(`No ${script} conference or question pages were built to index: run \`npm run split\` first.`);
    planned.forEach((list, index) => shards.push({ script, folder: pagefindPath(script, index).slice(1, -1), pages: list.map((page) => `${prefix}${page}`), span: shardSpan(list) }));
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

/** Where a shard comes from this build: the folder of dist/ that already holds it, or the cache. */
interface ShardSource {
  key: string;
  /** The folder of dist/ that holds it as the last build left it, if one does. */
  placed?: string;
  outcome: 'kept' | 'cached' | 'indexed';
}

/**
 * Key one shard and make sure the cache holds it: from a folder of dist/ that holds it untouched
 * (no page read), else from its pages as Pagefind reads them, indexed now (by a process of its own)
 * when the cache does not hold it intact.
 */
async function sourceOf(shard: Shard, placements: Placements, { dist, cache, root, log }: SearchIndexOptions): Promise<ShardSource> {
  const pages = stampsOf(dist, shard.pages);
  const placed = placedShard(placements, pages, dist);
  if (placed && (await readdir(join(cache, placed.key)).then(() => true, () => false))) return { key: placed.key, placed: placed.folder, outcome: 'kept' };
  const documents = readIndexedPages(dist, shard.pages);
  const key = await shardKey(documents);
  const cached = join(cache, key);
  const present = await readdir(cached).then(() => true, () => false);
  const hit = present && (await isIntact(cached));
  if (present && !hit) {
    log(`Pagefind's cached shard for dist/${shard.folder}/ no longer matches its digest (damaged since it was cached); indexing it again.`);
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
  return { key, outcome: hit ? 'cached' : 'indexed' };
}

/**
 * Put every shard in its folder of dist/: a shard already there stays; one that dist/ holds in
 * another folder is moved (all moved out first, so that no move lands on a shard still to move);
 * the others are copied from the cache. Then the shard folders no shard went into are removed.
 */
async function placeShards(planned: readonly { shard: Shard; source: ShardSource }[], dist: string, cache: string): Promise<void> {
  const moving = planned.filter(({ shard, source }) => source.placed !== undefined && source.placed !== shard.folder);
  for (const { source } of moving) await rename(join(dist, source.placed!), join(dist, `${source.placed}${MOVING}`));
  for (const { shard, source } of moving) {
    await rm(join(dist, shard.folder), { recursive: true, force: true });
    await rename(join(dist, `${source.placed}${MOVING}`), join(dist, shard.folder));
  }
  for (const { shard, source } of planned) if (source.placed === undefined) await placeShard(join(cache, source.key), join(dist, shard.folder));
  const folders = new Set(planned.map(({ shard }) => shard.folder));
  for (const script of scripts) {
    const prefix = archivePath(script).slice(1);
    const entries = await readdir(join(dist, prefix)).catch(() => [] as string[]);
    for (const name of entries) {
      const folder = name.endsWith(MOVING) ? name.slice(0, -MOVING.length) : name;
      if (SHARD_FOLDER.test(folder) && !folders.has(`${prefix}${name}`)) await rm(join(dist, prefix, name), { recursive: true, force: true });
    }
  }
}

/** What a shard folder is renamed to while shards move (see placeShards). */
const MOVING = '.moving';

/** Index the built pages into dist/, shard by shard, and complete the search data with the shard counts. */
export async function indexSearch(options: SearchIndexOptions): Promise<void> {
  const { dist, pages, cache, shardSize, jobs, log } = options;
  const started = performance.now();
  const shards = planShards(pages, shardSize);
  // The site wrote the script map where the first shard goes: read it before that folder is replaced.
  const map = JSON.parse(await readFile(join(dist, SEARCH_DATA), 'utf8')) as SearchData;
  // Written again below with the shard counts; meanwhile its folder may move, and must not take it along.
  await rm(join(dist, SEARCH_DATA));
  await mkdir(cache, { recursive: true });
  const placementsFile = join(cache, PLACEMENTS);
  const placements = await readPlacements(placementsFile);
  const sources = await mapLimit(shards, jobs, async (shard) => {
    const source = await sourceOf(shard, placements, options);
    const verb = { kept: 'kept the unchanged shard of', cached: 'placed the unchanged cached shard of', indexed: 'indexed' }[source.outcome];
    log(`Pagefind ${verb} ${shard.pages.length} ${shard.script} pages into dist/${shard.folder}/.`);
    return source;
  });
  const planned = shards.map((shard, index) => ({ shard, source: sources[index]! }));
  await placeShards(planned, dist, cache);
  await writePlacements(
    placementsFile,
    Object.fromEntries(planned.map(({ shard, source }) => [shard.folder, { key: source.key, pages: stampsOf(dist, shard.pages), files: folderStamps(join(dist, shard.folder)) }])),
  );
  await pruneShardCache(new Set([...sources.map(({ key }) => key), PLACEMENTS]), cache);
  // Each script's shards, newest first, by their span and metadata file: the search reads that from the
  // file it loads anyway, and can fetch every shard's metadata at once.
  const listed = await Promise.all(shards.map(async (shard) => ({ ...shard.span, meta: await metadataOf(join(dist, shard.folder)) })));
  const searchData: SearchData = { t2s: map.t2s, s2t: map.s2t, shards: Object.fromEntries(scripts.map((script) => [script, listed.filter((_, index) => shards[index]?.script === script)])) };
  await writeFile(join(dist, SEARCH_DATA), JSON.stringify(searchData));
  const count = (outcome: ShardSource['outcome']) => sources.filter((source) => source.outcome === outcome).length;
  log(
    `Search index: ${shards.length} shard(s), ${count('indexed')} indexed and ${shards.length - count('indexed')} unchanged (${count('kept')} left in place); script map: ${[...map.t2s].length / 2} traditional and ${map.s2t.split(' ').length} simplified characters; ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

/** Give the name of a shard's metadata file (`pagefind.<name>.pf_meta`), from its entry: a shard holds one language. */
async function metadataOf(folder: string): Promise<string> {
  const entry = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { hash?: string }> };
  const hashes = Object.values(entry.languages ?? {}).flatMap((language) => language.hash ?? []);
  if (hashes.length !== 1) throw new Error(`${folder}/pagefind-entry.json lists ${hashes.length} language indexes; a shard holds one script's pages, so one.`);
  return hashes[0]!;
}

/** The file in the shard cache that records what each shard folder of dist/ holds (src/search-index/placements.ts). */
const PLACEMENTS = 'placed.json';

/** What the integration hands the indexing process: every option but the log, which is stdout there. */
export type SearchIndexJob = Omit<SearchIndexOptions, 'log'>;

if (import.meta.filename === process.argv[1]) {
  const jobFile = process.argv[2];
  if (!jobFile) throw new Error('Usage: tsx src/search-index/index-search.ts <job.json>');
  const job = JSON.parse(await readFile(jobFile, 'utf8')) as SearchIndexJob;
  await indexSearch({ ...job, log: (line) => console.log(line) });
}
