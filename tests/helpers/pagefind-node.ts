import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Script } from '../../src/shared/content/schema';
import { pagefindPath } from '../../src/shared/paths';
import { folder } from '../../src/shared/search/script-map';
import type { Engine } from '../../src/browser/search-engine';
import type { SearchData } from '../../src/browser/search-data';
import { DIST } from './site';

// The site's search engine over a built index, in Node: Pagefind's own script and WebAssembly from
// dist/, each shard an instance of the first shard's script as in the browser, and files read from
// dist/ where the browser would fetch them.

let reading = false;
/** Let `fetch` read `file:` addresses (Pagefind's index files), as a static server would serve them. */
function readFileAddresses(): void {
  if (reading) return;
  reading = true;
  const network = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const address = input instanceof Request ? input.url : String(input);
    if (!address.startsWith('file:')) return network(input, init);
    return readFile(fileURLToPath(address)).then(
      (bytes) => new Response(bytes),
      () => new Response('', { status: 404 }),
    );
  };
}

/** Load a script's search engine from a built site, as `loadEngine` does in the browser. */
export async function loadBuiltEngine(script: Script, dist = DIST): Promise<Engine> {
  readFileAddresses();
  const data = JSON.parse(await readFile(join(dist, pagefindPath('zh-Hans'), 'script-map.json'), 'utf8')) as SearchData;
  const at = (index: number) => pathToFileURL(join(dist, pagefindPath(script, index))).href.replace(/\/?$/, '/');
  const { createInstance } = (await import(`${at(0)}pagefind.js`)) as { createInstance: (options: Record<string, unknown>) => { init: () => Promise<void> } };
  const shards = new Map<number, Promise<unknown>>();
  return {
    map: data,
    fold: folder(data),
    shards: data.shards?.[script]?.length ?? 1,
    spans: data.shards?.[script] ?? [],
    // Files on disk: nothing to fetch ahead.
    prefetch: () => {},
    shard: (index) => {
      let shard = shards.get(index);
      if (!shard) {
        const instance = createInstance({ basePath: at(index), baseUrl: '/', excerptLength: 0, noWorker: true });
        shard = instance.init().then(() => instance);
        shards.set(index, shard);
      }
      return shard as ReturnType<Engine['shard']>;
    },
  };
}
