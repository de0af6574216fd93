import type { Script } from '../lib/content/schema';
import { pagefindPath } from '../lib/paths';
import type { ScriptMap } from '../lib/search/script-map';
import { siteHref } from '../lib/site-href';

/**
 * What the search loads besides the index: the script map, and each script's index shards, each
 * named by a tag that changes whenever the shard does.
 */
export type SearchData = ScriptMap & { shards?: Partial<Record<Script, string[]>> };

let data: Promise<SearchData> | undefined;
const shards = new Map<string, Promise<PagefindModule>>();

/** What every shard's Pagefind module offers before the search code types it further. */
export interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
}

/** Pagefind's options for every shard, loaded as a module or merged into the first. */
export const PAGEFIND_OPTIONS = { baseUrl: siteHref('/'), excerptLength: 0 };

/**
 * Load one shard of a script's index as a Pagefind module of its own, set up and initialised (its
 * entry, metadata and WASM fetched), once. The page starts the first shard together with the search
 * code, so Pagefind's own requests are under way when the code runs.
 * @param copy a name for a second, separate module of the same shard (its URL gets `?copy`)
 */
export function loadShard(script: Script, shard: number, copy?: string): Promise<PagefindModule> {
  const url = siteHref(`${pagefindPath(script, shard)}pagefind.js${copy ? `?${copy}` : ''}`);
  let loading = shards.get(url);
  if (!loading) {
    loading = (import(/* @vite-ignore */ url) as Promise<PagefindModule>).then(async (module) => {
      // Without a worker the first search needs one request fewer; the index is small per query.
      await module.options({ ...PAGEFIND_OPTIONS, noWorker: true });
      await module.init();
      return module;
    });
    shards.set(url, loading);
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

