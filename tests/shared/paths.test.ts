import { describe, expect, it } from 'vitest';
import { archivePath, conferencePath, dataFilePath, dataPath, questionPath, scriptOfPath, searchPath, twinPath, withBase, isSearchIndexFile } from '../../src/shared/paths';

describe('paths of each script', () => {
  it.each([
    ['zh-Hans', '/', '/2024-03-07-wang-yi/', '/2024-03-07-wang-yi/05/', '/search/'],
    ['zh-Hant', '/zh-hant/', '/zh-hant/2024-03-07-wang-yi/', '/zh-hant/2024-03-07-wang-yi/05/', '/zh-hant/search/'],
  ] as const)('%s', (script, archive, conference, question, search) => {
    expect(archivePath(script)).toBe(archive);
    expect(conferencePath(script, '2024-03-07-wang-yi')).toBe(conference);
    expect(questionPath(script, '2024-03-07-wang-yi', 5, 14)).toBe(question);
    expect(searchPath(script)).toBe(search);
  });

  it.each([
    [5, 14, '/c/05/'],
    [14, 14, '/c/14/'],
    [5, 9, '/c/05/'],
    [5, 120, '/c/005/'],
  ])('pads question %i of %i', (number, count, path) => {
    expect(questionPath('zh-Hans', 'c', number, count)).toBe(path);
  });

  it.each([
    ['zh-Hans', '/data/', '/data/dawenlu-zh-hans.csv'],
    ['zh-Hant', '/zh-hant/data/', '/zh-hant/data/dawenlu-zh-hant.csv'],
  ] as const)('puts the %s data files beside the Data page', (script, page, file) => {
    expect(dataPath(script)).toBe(page);
    expect(dataFilePath(script, `dawenlu-${script.toLowerCase()}.csv`)).toBe(file);
  });
});

describe('twinPath', () => {
  it.each([
    ['/', 'zh-Hant', '/zh-hant/'],
    ['/', 'zh-Hans', '/'],
    ['/2024-03-07-wang-yi/05/', 'zh-Hant', '/zh-hant/2024-03-07-wang-yi/05/'],
    ['/zh-hant/2024-03-07-wang-yi/05/', 'zh-Hans', '/2024-03-07-wang-yi/05/'],
    ['/zh-hant/2024-03-07-wang-yi/05/', 'zh-Hant', '/zh-hant/2024-03-07-wang-yi/05/'],
    ['/zh-hant/', 'zh-Hans', '/'],
    ['/search/', 'zh-Hant', '/zh-hant/search/'],
  ] as const)('%s in %s is %s', (path, script, twin) => {
    expect(twinPath(path, script)).toBe(twin);
  });

  it('round-trips between the scripts', () => {
    const path = questionPath('zh-Hans', '2024-03-07-wang-yi', 1, 14);
    expect(twinPath(twinPath(path, 'zh-Hant'), 'zh-Hans')).toBe(path);
  });
});

describe('scriptOfPath', () => {
  it.each([
    ['/', 'zh-Hans'],
    ['/2024-03-07-wang-yi/', 'zh-Hans'],
    ['/zh-hant/', 'zh-Hant'],
    ['/zh-hant/2024-03-07-wang-yi/05/', 'zh-Hant'],
    ['/zh-hantx/', 'zh-Hans'],
  ])('%s is %s', (path, script) => {
    expect(scriptOfPath(path)).toBe(script);
  });
});

describe('withBase', () => {
  it.each([
    ['/', '/', '/'],
    ['/', '/zh-hant/', '/zh-hant/'],
    ['/transcripts/', '/', '/transcripts/'],
    ['/transcripts/', '/2024-03-07-wang-yi/05/', '/transcripts/2024-03-07-wang-yi/05/'],
    ['/transcripts', '/search/', '/transcripts/search/'],
  ])('%s + %s = %s', (base, path, joined) => {
    expect(withBase(base, path)).toBe(joined);
  });
});

describe('isSearchIndexFile', () => {
  it.each([
    ['pagefind/pagefind.js', true],
    ['pagefind-12/fragment/a.pf_fragment', true],
    ['zh-hant/pagefind-2/pagefind-entry.json', true],
    ['pagefind', false],
    ['pagefinder/x.js', false],
    ['search/index.html', false],
    ['zh-hant/2024-03-07-wang-yi/pagefind/x', false],
  ])('%s: %s', (file, expected) => {
    expect(isSearchIndexFile(file)).toBe(expected);
  });
});
