import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFile } from 'node:fs/promises';
import { digestFileOf, isIntact, placeShard, pruneShardCache, writeShardDigest } from '../../src/search-index/shard-cache';

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
  it('places every file of a cached shard as a copy of its own, replacing what the target held', async () => {
    const cached = await cachedShard();
    const target = join(await tempFolder(), 'dist/pagefind');
    await mkdir(target, { recursive: true });
    await writeFile(join(target, 'stale.pf_meta'), 'from the last build');
    await placeShard(cached, target);
    for (const [name, text] of Object.entries(SHARD)) {
      expect(await readFile(join(target, name), 'utf8'), name).toBe(text);
      expect((await stat(join(target, name))).ino, name).not.toBe((await stat(join(cached, name))).ino);
      expect((await stat(join(target, name))).nlink, name).toBe(1);
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

describe("a cached shard's digest", () => {
  it('holds while the shard is as cached, placed or not', async () => {
    const cached = await cachedShard();
    await writeShardDigest(cached, cached);
    expect(await isIntact(cached)).toBe(true);
    await placeShard(cached, join(await tempFolder(), 'dist/pagefind'));
    expect(await isIntact(cached)).toBe(true);
  });

  it.each([
    ['a line appended in dist/', (target: string) => appendFile(join(target, 'pagefind.js'), '\nconsole.log("post-processed");\n')],
    ['a file rewritten in place in dist/', (target: string) => writeFile(join(target, 'fragment/a.pf_fragment'), 'fragment A')],
  ])('holds after %s: nothing written into dist/ reaches the cache, and fails once the cache itself is written to', async (_name, write) => {
    const cached = await cachedShard();
    await writeShardDigest(cached, cached);
    const target = join(await tempFolder(), 'dist/pagefind');
    await placeShard(cached, target);
    await write(target);
    expect(await isIntact(cached)).toBe(true);
    await write(cached);
    expect(await isIntact(cached)).toBe(false);
  });

  it('fails for a file added to the cached shard, and for a shard without a digest', async () => {
    const cached = await cachedShard();
    expect(await isIntact(cached)).toBe(false);
    await writeShardDigest(cached, cached);
    await writeFile(join(cached, 'index/extra.pf_index'), 'extra');
    expect(await isIntact(cached)).toBe(false);
  });

  it('is written beside the shard, not in it, so placing the shard does not publish it', async () => {
    const cached = await cachedShard();
    await writeShardDigest(cached, cached);
    expect(digestFileOf(cached)).toBe(`${cached}.sha256`);
    const target = join(await tempFolder(), 'dist/pagefind');
    await placeShard(cached, target);
    expect(existsSync(join(target, 'key.sha256'))).toBe(false);
  });

  it('is kept with its shard when the cache is pruned, and goes with it', async () => {
    const kept = await cachedShard();
    await writeShardDigest(kept, kept);
    const cache = join(kept, '..');
    const gone = join(cache, 'other');
    await mkdir(gone);
    await writeFile(digestFileOf(gone), 'digest\n');
    await pruneShardCache(new Set(['key']), cache);
    expect(await isIntact(kept)).toBe(true);
    expect(existsSync(gone) || existsSync(digestFileOf(gone))).toBe(false);
  });
});
