import type { Script } from '../shared/content/schema';
import { pagefindPath } from '../shared/paths';
import type { ScriptMap } from '../shared/search/script-map';
import type { ShardSpan } from '../shared/search/shards';
import { siteHref } from '../shared/site-href';

/** A shard as the search data lists it: its span, and the name of its metadata file (`pagefind.<meta>.pf_meta`). */
export type ShardData = ShardSpan & { meta: string };
/** What the search loads besides the index: the script map, and each shard of each script's index, newest first. */
export type SearchData = ScriptMap & { shards?: Partial<Record<Script, ShardData[]>> };

const loaded = new Map<string, Promise<unknown>>();

/** Load something once by its address, but forget a failure, so that the next call tries again. */
function once<T>(address: string, load: () => Promise<T>): Promise<T> {
  let loading = loaded.get(address) as Promise<T> | undefined;
  if (!loading) {
    loaded.set(address, (loading = load()));
    loading.catch(() => loaded.delete(address));
  }
  return loading;
}

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
export function loadShard(script: Script, shard: number, meta?: string): Promise<PagefindShard> {
  const basePath = siteHref(pagefindPath(script, shard));
  return once(basePath, async () => {
    // The instances share the script's one WebAssembly module: the others start once the first has
    // it running (its search waits for that), or each would start one of its own and unsettle the first.
    const first = shard === 0 ? undefined : loadShard(script, 0).then((instance) => instance.preload(''));
    const [{ createInstance }] = await Promise.all([loadPagefindScript(script), first]);
    // Without a worker the first search needs one request fewer; the index is small per query. Named
    // by its metadata, the shard's entry has one address per content, which the browser may keep.
    const instance = createInstance({ basePath, baseUrl: siteHref('/'), excerptLength: 0, noWorker: true, metaCacheTag: meta });
    await instance.init();
    return instance;
  });
}

/** Import Pagefind's script once (again after a failure: browsers no longer keep a module's failed fetch). */
function loadPagefindScript(script: Script): Promise<PagefindScript> {
  const url = siteHref(`${pagefindPath(script)}pagefind.js`);
  return once(url, () => import(/* @vite-ignore */ url) as Promise<PagefindScript>);
}

/**
 * Fetch the search data once (again after a failure). The page starts it together with the search
 * code, so the shards' count is known when the code runs rather than one request later.
 */
export function loadSearchData(): Promise<SearchData> {
  const url = siteHref(`${pagefindPath('zh-Hans')}script-map.json`);
  // A missing file's body is no JSON, so it fails like a dropped connection.
  return once(url, () => fetch(url).then((response) => response.json() as Promise<SearchData>));
}
