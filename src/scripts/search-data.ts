import type { Script } from '../lib/content/schema';
import { pagefindPath } from '../lib/paths';
import type { ScriptMap } from '../lib/search/script-map';
import { siteHref } from '../lib/site-href';

/** What the search loads besides the index: the script map, and how many shards each script's index has. */
export type SearchData = ScriptMap & { shards?: Partial<Record<Script, number>> };

let data: Promise<SearchData> | undefined;
const shards = new Map<string, Promise<PagefindShard>>();

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
 * once. Every shard is an instance of the first shard's script, so one script and one WebAssembly
 * module serve them all. The page starts the first shard together with the search code, so
 * Pagefind's own requests are under way when the code runs.
 */
export function loadShard(script: Script, shard: number): Promise<PagefindShard> {
  const basePath = siteHref(pagefindPath(script, shard));
  let loading = shards.get(basePath);
  if (!loading) {
    const code = import(/* @vite-ignore */ siteHref(`${pagefindPath(script)}pagefind.js`)) as Promise<PagefindScript>;
    // The instances share the script's one WebAssembly module: the others start once the first has
    // it running (its search waits for that), or each would start one of its own and unsettle the first.
    const first = shard === 0 ? undefined : loadShard(script, 0).then((instance) => instance.preload(''));
    loading = Promise.all([code, first]).then(async ([{ createInstance }]) => {
      // Without a worker the first search needs one request fewer; the index is small per query.
      const instance = createInstance({ basePath, baseUrl: siteHref('/'), excerptLength: 0, noWorker: true });
      await instance.init();
      return instance;
    });
    shards.set(basePath, loading);
  }
  return loading;
}

/**
 * Fetch the search data once. The page starts it together with the search code, so the shards'
 * count is known when the code runs rather than one request later.
 */
export function loadSearchData(): Promise<SearchData> {
  data ??= fetch(siteHref(`${pagefindPath('zh-Hans')}script-map.json`)).then((response) => response.json() as Promise<SearchData>);
  return data;
}
