import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderStamps, placedShard, readPlacements, stampsOf, writePlacements } from '../../src/search-index/placements';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A built site with two pages and one shard folder holding two files. */
function site(): string {
  const dist = mkdtempSync(join(tmpdir(), 'dawenlu-placements-'));
  folders.push(dist);
  mkdirSync(join(dist, 'a'), { recursive: true });
  mkdirSync(join(dist, 'pagefind-2/fragment'), { recursive: true });
  writeFileSync(join(dist, 'a/index.html'), '<p>一</p>');
  writeFileSync(join(dist, 'b.html'), '<p>二</p>');
  writeFileSync(join(dist, 'pagefind-2/pagefind.js'), 'export {}');
  writeFileSync(join(dist, 'pagefind-2/fragment/x.pf_fragment'), 'x');
  return dist;
}

describe('placedShard', () => {
  const pages = ['a/index.html', 'b.html'];
  const placed = (dist: string) => ({ 'pagefind-2': { key: 'k1', pages: stampsOf(dist, pages), files: folderStamps(join(dist, 'pagefind-2')) } });

  it('finds the folder that holds the shard of pages that stand as they stood, its files as placed', () => {
    const dist = site();
    expect(placedShard(placed(dist), stampsOf(dist, pages), dist)).toEqual({ folder: 'pagefind-2', key: 'k1' });
  });

  it.each([
    ['a page rendered again', (dist: string) => utimesSync(join(dist, 'a/index.html'), new Date(), new Date(Date.now() + 5000))],
    ['a page of another size', (dist: string) => writeFileSync(join(dist, 'b.html'), '<p>二三</p>')],
    ['a file of the shard written to', (dist: string) => writeFileSync(join(dist, 'pagefind-2/pagefind.js'), 'export { x }')],
    ['a file of the shard removed', (dist: string) => rmSync(join(dist, 'pagefind-2/fragment/x.pf_fragment'))],
    ['a file added to the shard', (dist: string) => writeFileSync(join(dist, 'pagefind-2/extra.js'), '')],
    ['a page gone', (dist: string) => rmSync(join(dist, 'b.html'))],
  ])('finds none after %s', (_name, change) => {
    const dist = site();
    const placements = placed(dist);
    change(dist);
    expect(placedShard(placements, stampsOf(dist, pages), dist)).toBeUndefined();
  });

  it('leaves out the script map the site writes into the first shard folder', () => {
    const dist = site();
    const placements = placed(dist);
    writeFileSync(join(dist, 'pagefind-2/script-map.json'), '{}');
    expect(placedShard(placements, stampsOf(dist, pages), dist)).toEqual({ folder: 'pagefind-2', key: 'k1' });
  });
});

describe('readPlacements', () => {
  it('reads back what was written, and nothing from a file of another shape or none', async () => {
    const dist = site();
    const file = join(dist, 'placed.json');
    const placements = { 'pagefind-2': { key: 'k1', pages: stampsOf(dist, ['b.html']), files: folderStamps(join(dist, 'pagefind-2')) } };
    await writePlacements(file, placements);
    expect(await readPlacements(file)).toEqual(placements);
    for (const text of ['', '[]', '{"pagefind": {"key": 1}}', '{"pagefind": {"key": "k", "pages": [["a", "1", 2]], "files": []}}']) {
      writeFileSync(file, text);
      expect(await readPlacements(file), text).toEqual({});
    }
    expect(await readPlacements(join(dist, 'none.json'))).toEqual({});
  });
});
