/**
 * Build the Pagefind index of dist/ (one index per script, from <html lang>) and the
 * archive's script map for cross-script queries. Runs after `astro build`.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { scripts, type Script } from '../src/lib/content/schema';
import { archivePath, pagefindPath } from '../src/lib/paths';
import { pageOfGeneratedFile, SHARD_PAGES, shardPages } from '../src/lib/search/shards';
import { EXCLUDED_FROM_INDEX } from '../src/lib/search/index-rules';
import { readScriptMapFile, SCRIPT_MAP_FILE } from '../src/lib/search/script-map-file';
import { paths } from './paths';

// One index per script, in shards of a bounded number of pages, each built by its own Pagefind
// process and closed before the next: the peak memory is that of one shard, whatever the archive's size.
const shardSize = Number(process.env.DAWENLU_SEARCH_SHARD_PAGES ?? SHARD_PAGES);
const shardCounts: Partial<Record<Script, number>> = {};
for (const script of scripts) {
  // The pages to index are those the split generated: a conference page and one per question.
  const generated = (await readdir(join(paths.generated, script.toLowerCase()), { recursive: true })).map((file) => file.split('\\').join('/'));
  const shards = shardPages(generated.filter((file) => file.endsWith('.mdx')).map(pageOfGeneratedFile), shardSize);
  if (shards.length === 0) throw new Error(`No ${script} pages to index: content/generated/ is empty. Run \`npm run split\` first.`);
  for (const [shard, pages] of shards.entries()) {
    const folder = pagefindPath(script, shard).slice(1);
    await indexShard(pages.map((page) => `${archivePath(script).slice(1)}${page}`), join(paths.dist, folder));
    console.log(`Pagefind indexed ${pages.length} ${script} pages into dist/${folder}.`);
  }
  shardCounts[script] = shards.length;
}
const output = join(paths.dist, pagefindPath('zh-Hans').slice(1));

/** Index some pages of dist/ (paths relative to it) into one Pagefind bundle, in a process of its own. */
async function indexShard(pages: readonly string[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...EXCLUDED_FROM_INDEX] });
  if (!index) throw new Error('Failed to run Pagefind.', { cause: errors });
  try {
    for (const sourcePath of pages) {
      const added = await index.addHTMLFile({ sourcePath, content: await readFile(join(paths.dist, sourcePath), 'utf8') });
      if (added.errors.length > 0) throw new Error(`Failed to index dist/${sourcePath} with Pagefind.`, { cause: added.errors });
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error('Failed to run Pagefind.', { cause: written.errors });
  } finally {
    await pagefind.close();
  }
  // The default UI is not used: the site has its own, much smaller search dialog.
  const uiFiles = (await readdir(outputPath)).filter((name) => /^pagefind-(ui|component-ui|modular-ui|highlight)/.test(name));
  await Promise.all(uiFiles.map((name) => rm(join(outputPath, name), { recursive: true })));
}

// The split wrote the map from the pages it had in hand; the index only ships it.
const map = readScriptMapFile(await readFile(join(paths.generated, SCRIPT_MAP_FILE), 'utf8'));
// The search reads how many shards to load from the file it loads anyway.
await writeFile(join(output, 'script-map.json'), JSON.stringify({ ...map, shards: shardCounts }));
console.log(`Script map: ${[...map.t2s].length / 2} traditional and ${map.s2t.split(' ').length} simplified characters.`);
