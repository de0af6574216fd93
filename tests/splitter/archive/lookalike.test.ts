import { describe, expect, it } from 'vitest';
import { buildArchive, type ArchiveResult } from '../../../src/splitter/archive/build';
import { lookalikeSkeleton } from '../../../src/splitter/archive/lookalike';
import { BRIEFING } from '../../helpers/transcript';

const transcript = (name: string) => ({ path: `content/transcripts/${name}`, content: new TextEncoder().encode(BRIEFING) });
const errorsOf = (result: ArchiveResult) => (result.ok ? [] : result.errors.map((error) => `${error.location.file}:${error.location.line}: ${error.problem}`));

describe('lookalikeSkeleton', () => {
  it.each([
    ['2024-05-01-wang-yi', '2024-05-01-w\u0430ng-yi'],
    ['2024-05-01-peace', '2024-05-01-\u0440\u0435\u0430\u0441\u0435'],
    ['2024-05-01-topic', '2024-05-01-t\u03bfpic'],
    ['2024-05-01-file', '2024-05-01-\ufb01le'],
  ])('reads %s and %s alike', (latin, lookalike) => {
    expect(lookalikeSkeleton(lookalike)).toBe(lookalikeSkeleton(latin));
  });

  it('keeps ids apart that look different', () => {
    expect(lookalikeSkeleton('2024-05-01-wang-yi')).not.toBe(lookalikeSkeleton('2024-05-01-wang-ye'));
    expect(lookalikeSkeleton('2024-05-01-москва')).not.toBe(lookalikeSkeleton('2024-05-01-mockba'.replace('k', 'q')));
  });
});

describe('ids that look identical', () => {
  it('are an error at the second file, naming the first', () => {
    expect(errorsOf(buildArchive([transcript('2024-05-01-wang-yi.txt'), transcript('2024-05-01-w\u0430ng-yi.txt')], []))).toEqual([
      'content/transcripts/2024-05-01-w\u0430ng-yi.txt:1: the conference id "2024-05-01-w\u0430ng-yi" looks the same as "2024-05-01-wang-yi", the id of content/transcripts/2024-05-01-wang-yi.txt',
    ]);
  });

  it('a Cyrillic id on its own is fine', () => {
    expect(errorsOf(buildArchive([transcript('2024-05-01-москва.txt')], []))).toEqual([]);
  });
});

describe('a file name whose lower case cannot be an id', () => {
  it('is one line at the file, not a schema error', () => {
    expect(errorsOf(buildArchive([transcript('2024-05-01-İstanbul.txt')], []))).toEqual([
      'content/transcripts/2024-05-01-İstanbul.txt:1: the file name "2024-05-01-İstanbul.txt" holds "İ", whose lower case "i̇" (U+0069 U+0307) cannot be part of a conference id',
    ]);
  });
});
