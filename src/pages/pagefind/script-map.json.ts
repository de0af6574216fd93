import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { readScriptMapFile, SCRIPT_MAP_FILE } from '../../shared/search/script-map-file';

/**
 * The archive's script map for cross-script queries, as the split wrote it beside the pages: the
 * search-index integration adds each script's shard count once the index is built
 * (src/search-index/index-search.ts).
 */
export const GET: APIRoute = () => {
  const map = readScriptMapFile(readFileSync(join(__PROJECT_ROOT__, 'content/generated', SCRIPT_MAP_FILE), 'utf8'));
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json' } });
};
