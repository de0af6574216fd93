import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { skipReason, type FolderKind } from '../../../src/splitter/run/skipped';
import { makeContentCopy, removeTemp, split, writeFile } from '../../helpers/project';

const TRANSCRIPTS: FolderKind = { extension: '.txt', what: 'transcript' };
const EDITORIALS: FolderKind = { extension: '.yaml', what: 'editorial file' };

describe('skipReason', () => {
  it.each([
    ['2024-05-01-x.txt', false, null],
    ['2024/2024-05-01-x.txt', false, null],
    ['.gitkeep', false, null],
    ['2024-05-01-x.TXT', false, 'transcripts end in .txt (lower case); rename it to be read'],
    ['2024-05-01-x.Txt', false, 'transcripts end in .txt (lower case); rename it to be read'],
    ['2024-05-01-x.txt.bak', false, 'only files ending in .txt are read as transcripts'],
    ['notes.md', false, 'only files ending in .txt are read as transcripts'],
    ['2024-05-01-x.txt', true, 'a symbolic link is not read; put the transcript itself here'],
  ])('%s (link: %s) → %s', (name, link, reason) => {
    expect(skipReason(name, link, TRANSCRIPTS)).toBe(reason);
  });

  it.each([
    ['2024-05-01-x.yaml', null],
    ['2024-05-01-x.yml', 'editorial files end in .yaml (lower case); rename it to be read'],
    ['2024-05-01-x.YAML', 'editorial files end in .yaml (lower case); rename it to be read'],
  ])('editorial %s → %s', (name, reason) => {
    expect(skipReason(name, false, EDITORIALS)).toBe(reason);
  });
});

describe('a split with files it does not read', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach(removeTemp));

  it('names each on stderr, one line each, and builds the rest', async () => {
    const root = makeContentCopy();
    roots.push(root);
    const seed = readFileSync(join(root, 'content/transcripts/2024-03-07-wang-yi.txt'));
    writeFile(join(root, 'content/transcripts/2024-05-02-upper.TXT'), seed);
    writeFile(join(root, 'content/transcripts/2024-03-07-wang-yi.txt.bak'), seed);
    mkdirSync(join(root, 'elsewhere'));
    writeFile(join(root, 'elsewhere/2024-05-04-linked.txt'), seed);
    symlinkSync(join(root, 'elsewhere/2024-05-04-linked.txt'), join(root, 'content/transcripts/2024-05-04-linked.txt'));
    writeFile(join(root, 'content/editorial/2024-05-02-upper.yml'), 'topics: {}\n');
    const result = await split(root);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      'content/transcripts/2024-03-07-wang-yi.txt.bak: skipped: only files ending in .txt are read as transcripts.',
      'content/transcripts/2024-05-02-upper.TXT: skipped: transcripts end in .txt (lower case); rename it to be read.',
      'content/transcripts/2024-05-04-linked.txt: skipped: a symbolic link is not read; put the transcript itself here.',
      'content/editorial/2024-05-02-upper.yml: skipped: editorial files end in .yaml (lower case); rename it to be read.',
    ]);
    expect(result.stdout).toMatch(/^content\/transcripts\/2024-03-07-wang-yi\.txt: 14 questions/mu);
  }, 180_000);
});
