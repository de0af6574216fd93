import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_STORE_MODULE, dataStoreFromDisk, dataStoreModule } from '../../../src/site/integrations/data-store-from-disk';
import { makeTemp, removeTemp } from '../../helpers/project';

const temps: string[] = [];
afterEach(() => {
  for (const folder of temps.splice(0)) removeTemp(folder);
});

const astroDist = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist');

/** The Vite plugin the integration adds, as `astro build` would receive it. */
function pluginOf(cacheDir: URL): Plugin {
  const plugins: Plugin[] = [];
  const setup = dataStoreFromDisk().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({ config: { cacheDir }, updateConfig: (config: { vite: { plugins: Plugin[] } }) => plugins.push(...config.vite.plugins) });
  const [plugin] = plugins;
  if (!plugin) throw new Error('no plugin added');
  return plugin;
}

describe('dataStoreFromDisk', () => {
  it("replaces the module Astro's content plugin resolves the data store to, and only that one", async () => {
    // Astro's own name for it: if Astro renames the module, the build would bundle the store again.
    const { RESOLVED_DATA_STORE_VIRTUAL_ID } = (await import(pathToFileURL(join(astroDist, 'content/consts.js')).href)) as { RESOLVED_DATA_STORE_VIRTUAL_ID: string };
    expect(DATA_STORE_MODULE).toBe(RESOLVED_DATA_STORE_VIRTUAL_ID);
    const plugin = pluginOf(pathToFileURL('/project/node_modules/.astro/'));
    expect(plugin.apply).toBe('build');
    const load = plugin.load as { order: string; filter: { id: RegExp }; handler: (id: string) => string | undefined };
    expect(load.order).toBe('pre');
    expect(load.filter.id.test(DATA_STORE_MODULE)).toBe(true);
    for (const other of ['astro:data-layer-content', '\0astro:data-layer-content-chunk:a.txt', '\0astro:content']) {
      expect(load.filter.id.test(other) ? load.handler(other) : undefined).toBeUndefined();
    }
    expect(load.handler(DATA_STORE_MODULE)).toContain(JSON.stringify('/project/node_modules/.astro/data-store.json'));
  });

  it('gives a module that reads the store from its file when it is loaded, whatever the path holds', async () => {
    const folder = join(makeTemp('数据 store-'), 'cache');
    temps.push(dirname(folder));
    const file = join(folder, 'data-store.json');
    mkdirSync(folder, { recursive: true });
    const store = [['Map', 1, 2], 'questions', ['Map', 3, 4], 'zh-hans/a/01', { text: '“引号” ${x} `code` </script>' }];
    writeFileSync(file, JSON.stringify(store));
    const module = join(folder, 'module.mjs');
    writeFileSync(module, dataStoreModule(file));
    expect(((await import(pathToFileURL(module).href)) as { default: unknown }).default).toEqual(store);
  });
});
