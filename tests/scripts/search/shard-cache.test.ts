import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeShard } from '../../../scripts/search/shard-cache';

const SHARD = { 'pagefind.js': 'script', 'fragment/a.pf_fragment': 'fragment a', 'fragment/b.pf_fragment': 'fragment b', 'index/deep/c.pf_index': 'index c' };
/** A memory file system on another device than the temporary folder, where there is one: files cannot be linked across. */
const OTHER_DEVICE = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(tmpdir()).dev ? '/dev/shm' : undefined;

let folders: string[] = [];
beforeEach(() => {
  folders = [];
});
afterEach(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function tempFolder(parent = tmpdir()): Promise<string> {
  const folder = await mkdtemp(join(parent, 'dawenlu-shard-'));
  folders.push(folder);
  return folder;
}

async function cachedShard(): Promise<string> {
  const cached = join(await tempFolder(), 'key');
  for (const [name, text] of Object.entries(SHARD)) {
    await mkdir(join(cached, name, '..'), { recursive: true });
    await writeFile(join(cached, name), text);
  }
  return cached;
}

describe('placeShard', () => {
  it('places every file of a cached shard as a hard link, replacing what the target held', async () => {
    const cached = await cachedShard();
    const target = join(await tempFolder(), 'dist/pagefind');
    await mkdir(target, { recursive: true });
    await writeFile(join(target, 'stale.pf_meta'), 'from the last build');
    await placeShard(cached, target);
    for (const [name, text] of Object.entries(SHARD)) {
      expect(await readFile(join(target, name), 'utf8'), name).toBe(text);
      expect((await stat(join(target, name))).ino, name).toBe((await stat(join(cached, name))).ino);
    }
    expect(existsSync(join(target, 'stale.pf_meta'))).toBe(false);
  });

  it.skipIf(!OTHER_DEVICE)('copies the files where they cannot be linked (another device)', async () => {
    const cached = await cachedShard();
    const target = join(await tempFolder(OTHER_DEVICE), 'pagefind');
    await placeShard(cached, target);
    for (const [name, text] of Object.entries(SHARD)) {
      expect(await readFile(join(target, name), 'utf8'), name).toBe(text);
      expect((await stat(join(target, name))).nlink, name).toBe(1);
    }
  });
});
