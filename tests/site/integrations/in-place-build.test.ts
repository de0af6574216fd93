import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inPlaceBuild, removeStaleOutput } from '../../../src/site/integrations/in-place-build';
import { isSearchIndexFile } from '../../../src/shared/paths';
import { makeTemp, removeTemp } from '../../helpers/project';

let dist: string;
beforeEach(() => {
  dist = makeTemp('dawenlu-in-place-');
});
afterEach(() => removeTemp(dist));

// A file's status change time cannot be set, only be now: the build here starts an hour from now,
// so every file is older than it but those whose modification time is put after the start.
const STARTED = Date.now() + 3_600_000;

/** Write a file as an earlier build left it, or as this build wrote it (modified after the start). */
function file(path: string, writtenByThisBuild = false): string {
  const full = join(dist, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, path);
  if (writtenByThisBuild) utimesSync(full, new Date(STARTED + 1_000), new Date(STARTED + 1_000));
  return full;
}

describe('removeStaleOutput', () => {
  it('keeps the files a route claims and those written since the build started, and removes the rest and the folders they leave empty', async () => {
    const kept = file('2024-03-07-wang-yi/05/index.html');
    const removedPage = file('2023-11-30-mnd-regular/01/index.html');
    const removedAsset = file('_astro/page.OLD.js');
    const written = file('_astro/page.NEW.js', true);
    expect(await removeStaleOutput(dist, new Set([kept]), STARTED)).toBe(2);
    expect([kept, written].map(existsSync)).toEqual([true, true]);
    expect([removedPage, removedAsset, join(dist, '2023-11-30-mnd-regular')].map(existsSync)).toEqual([false, false, false]);
    expect(await removeStaleOutput(dist, new Set([kept]), STARTED)).toBe(0);
  });

  it('keeps a file whose status changed since the start (moved or linked there), whatever its modification time', async () => {
    const linked = file('pagefind/pagefind.js');
    // Setting an old modification time changes the status now, as linking a cached file does.
    utimesSync(linked, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(await removeStaleOutput(dist, new Set(), Date.now() - 60_000)).toBe(0);
    expect(existsSync(linked)).toBe(true);
  });

  it('removes folders that only held folders left empty, deepest first, and never the output folder itself', async () => {
    const stale = file('2023-11-30-mnd-regular/01/index.html');
    const kept = file('2024-03-07-wang-yi/index.html');
    expect(await removeStaleOutput(dist, new Set([kept]), STARTED)).toBe(1);
    expect([existsSync(stale), existsSync(join(dist, '2023-11-30-mnd-regular/01')), existsSync(join(dist, '2023-11-30-mnd-regular'))]).toEqual([false, false, false]);
    expect(existsSync(kept)).toBe(true);
    rmSync(kept);
    expect(await removeStaleOutput(dist, new Set(), STARTED)).toBe(0);
    expect(existsSync(dist)).toBe(true);
    expect(readdirSync(dist)).toEqual([]);
  });

  it('leaves a folder kept elsewhere as it is, unread, and its files with it', async () => {
    const shard = file('zh-hant/pagefind-2/fragment/old.pf_fragment');
    const seen: string[] = [];
    const keptElsewhere = (path: string) => (seen.push(path), isSearchIndexFile(path));
    expect(await removeStaleOutput(dist, new Set(), STARTED, keptElsewhere)).toBe(0);
    expect(existsSync(shard)).toBe(true);
    // The folder is asked about, and nothing in it.
    expect(seen).toEqual(['zh-hant/', 'zh-hant/pagefind-2/']);
  });
});

describe('inPlaceBuild', () => {
  it('counts the files another integration claims as this build\'s, however old they are', async () => {
    const redirect = file('2024-03-07-wang-yi/5/index.html');
    const stale = file('2024-03-07-wang-yi/6/index.html');
    utimesSync(redirect, new Date(2020, 0, 1), new Date(2020, 0, 1));
    // Both files predate this build's start, their status changes included.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const integration = inPlaceBuild({ alsoClaimed: () => [redirect] });
    const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
    hooks['astro:build:start']?.({});
    const messages: string[] = [];
    await hooks['astro:build:done']?.({ dir: pathToFileURL(`${dist}/`), assets: new Map(), logger: { info: (line: string) => messages.push(line) } });
    expect([existsSync(redirect), existsSync(stale)]).toEqual([true, false]);
    expect(messages).toEqual(['Removed 1 file(s) of an earlier build that this one no longer has.']);
  });
});
