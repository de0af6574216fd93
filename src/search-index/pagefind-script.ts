/**
 * Two changes to Pagefind's script, made when a shard of the index is built, each checked to apply
 * exactly where it was written for (a new version of Pagefind fails the build instead):
 *
 * - It waits for its WebAssembly and its index by polling every 50 ms, so a search asked for while
 *   they load starts up to 50 ms after they are ready — much of a first search's wait on a fast
 *   connection. It polls every few milliseconds instead.
 * - Each shard of the index is an instance of the first shard's script (`createInstance`), which
 *   runs one WebAssembly module for all of them; but each instance fetches the module from its own
 *   folder. They fetch it from beside the script instead: once, and from the cache after that.
 */
const EDITS = [
  { name: 'polling loop', find: /await asyncSleep\(50\)/gu, count: 2, replace: 'await asyncSleep(4)' },
  {
    name: 'WebAssembly address',
    find: /const wasm_url=`\$\{this\.basePath\}wasm\.\$\{language\}\.pagefind`;/gu,
    count: 1,
    replace: 'const wasm_url=new URL(`wasm.${language}.pagefind`,import.meta.url).href;',
  },
] as const;

/** Names what the bundle's script is given, for the build's cache of index shards. */
export const PAGEFIND_SCRIPT_TUNING = 'poll 4 ms; one WebAssembly address';

/**
 * Give Pagefind's script with its polling loops shortened and its WebAssembly fetched from beside it.
 * @throws when the script does not have what these edits were written for (a new version of Pagefind).
 */
export function tunePagefindScript(script: string): string {
  let tuned = script;
  for (const { name, find, count, replace } of EDITS) {
    const found = tuned.match(find)?.length ?? 0;
    if (found !== count) throw new Error(`Pagefind's script has ${found} of the ${name} where ${count} were expected: a new version of Pagefind? See src/search-index/pagefind-script.ts.`);
    tuned = tuned.replace(find, replace);
  }
  return tuned;
}
