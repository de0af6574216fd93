/**
 * Build the Pagefind index of dist/ (one index per script, from <html lang>) and the
 * archive's script map for cross-script queries. Runs after `astro build`.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { scripts } from '../src/lib/content/schema';
import { indexedPagesGlob, pagefindPath } from '../src/lib/paths';
import { EXCLUDED_FROM_INDEX } from '../src/lib/search/index-rules';
import { readScriptMapFile, SCRIPT_MAP_FILE } from '../src/lib/search/script-map-file';
import { paths } from './paths';

// One index per script, each built by its own Pagefind process and closed before the next: the
// peak memory is that of one script's pages, not both.
for (const script of scripts) {
  const folder = pagefindPath(script).slice(1);
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...EXCLUDED_FROM_INDEX] });
  if (!index) throw new Error('Failed to run Pagefind.', { cause: errors });
  try {
    const added = await index.addDirectory({ path: paths.dist, glob: indexedPagesGlob(script) });
    if (added.errors.length > 0) throw new Error('Failed to run Pagefind.', { cause: added.errors });
    if (added.page_count === 0) throw new Error(`Pagefind found no ${script} pages to index in dist/. Run \`astro build\` first.`);
    const written = await index.writeFiles({ outputPath: join(paths.dist, folder) });
    if (written.errors.length > 0) throw new Error('Failed to run Pagefind.', { cause: written.errors });
    console.log(`Pagefind indexed ${added.page_count} ${script} pages into dist/${folder}.`);
  } finally {
    await pagefind.close();
  }
  // The default UI is not used: the site has its own, much smaller search dialog.
  const uiFiles = (await readdir(join(paths.dist, folder))).filter((name) => /^pagefind-(ui|component-ui|modular-ui|highlight)/.test(name));
  await Promise.all(uiFiles.map((name) => rm(join(paths.dist, folder, name), { recursive: true })));
}
const output = join(paths.dist, pagefindPath('zh-Hans').slice(1));

// The split wrote the map from the pages it had in hand; the index only ships it.
const map = readScriptMapFile(await readFile(join(paths.generated, SCRIPT_MAP_FILE), 'utf8'));
await writeFile(join(output, 'script-map.json'), JSON.stringify(map));
console.log(`Script map: ${[...map.t2s].length / 2} traditional and ${map.s2t.split(' ').length} simplified characters.`);
