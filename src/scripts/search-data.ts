import type { Script } from '../lib/content/schema';
import { pagefindPath } from '../lib/paths';
import type { ScriptMap } from '../lib/search/script-map';
import { siteHref } from '../lib/site-href';
import { retrying } from './retrying';

/** What the search loads besides the index: the script map, and how many shards each script's index has. */
export type SearchData = ScriptMap & { shards?: Partial<Record<Script, number>> };

const shards = new Map<string, () => Promise<PagefindShard>>();
const scripts = new Map<Script, () => Promise<PagefindScript>>();

/** What Pagefind offers for each shard before the search code types it further. */
export interface PagefindShard {
  init: () => Promise<void>;
  preload: (query: string) => Promise<void>;
}
interface PagefindScript {
  createInstance: (options: Record<string, unknown>) => PagefindShard;
}

/**
 * Load one shard of a script's index, set up and initialised (its entry, metadata and WASM fetched),
 * once (again after a failure). Every shard is an instance of the first shard's script, so one
 * script and one WebAssembly module serve them all. The page starts the first shard together with
 * the search code, so Pagefind's own requests are under way when the code runs.
 */
export function loadShard(script: Script, shard: number): Promise<PagefindShard> {
  const basePath = siteHref(pagefindPath(script, shard));
  let load = shards.get(basePath);
  if (!load) {
    load = retrying(async () => {
      // The instances share the script's one WebAssembly module: the others start once the first has
      // it running (its search waits for that), or each would start one of its own and unsettle the first.
      const first = shard === 0 ? undefined : loadShard(script, 0).then((instance) => instance.preload(''));
      const [{ createInstance }] = await Promise.all([loadPagefindScript(script), first]);
      // Without a worker the first search needs one request fewer; the index is small per query.
      const instance = createInstance({ basePath, baseUrl: siteHref('/'), excerptLength: 0, noWorker: true });
      await instance.init();
      return instance;
    });
    shards.set(basePath, load);
  }
  return load();
}

/** Import Pagefind's script for a script's index once; a failed import is tried again under another address, since the browser keeps a module's failure. */
function loadPagefindScript(script: Script): Promise<PagefindScript> {
  let load = scripts.get(script);
  if (!load) {
    const url = siteHref(`${pagefindPath(script)}pagefind.js`);
    load = retrying((attempt) => import(/* @vite-ignore */ attempt === 0 ? url : `${url}?attempt=${attempt}`) as Promise<PagefindScript>);
    scripts.set(script, load);
  }
  return load();
}

/**
 * Fetch the search data once (again after a failure). The page starts it together with the search
 * code, so the shards' count is known when the code runs rather than one request later.
 */
export const loadSearchData: () => Promise<SearchData> = retrying(async () => {
  const response = await fetch(siteHref(`${pagefindPath('zh-Hans')}script-map.json`));
  if (!response.ok) throw new Error(`${response.status} fetching the search data`);
  return (await response.json()) as SearchData;
});
