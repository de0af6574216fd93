import { describe, expect, it } from 'vitest';
import { conferenceIdOf, parseTranscriptName } from '../../../src/splitter/transcript/file-name';
import { transcriptErrorOf } from '../../helpers/transcript';

describe('conferenceIdOf', () => {
  it.each([
    ['2024-03-07-wang-yi.txt', '2024-03-07-wang-yi'],
    ['2024-03-07-Wang_Yi.txt', '2024-03-07-wang-yi'],
    ['2024-03-07-Wang Yi.txt', '2024-03-07-wang-yi'],
    ['2024-03-07-wang__yi.txt', '2024-03-07-wang-yi'],
    ['2024-03-07-王毅.txt', '2024-03-07-王毅'],
    ['2024-03-07-wang-yi.yaml', '2024-03-07-wang-yi'],
  ])('%s → %s', (name, id) => {
    expect(conferenceIdOf(name)).toBe(id);
  });
});

describe('parseTranscriptName', () => {
  it.each([
    ['content/transcripts/2024-03-07-wang-yi.txt', { id: '2024-03-07-wang-yi', date: '2024-03-07' }],
    ['2024-02-29-Mao_Ning.txt', { id: '2024-02-29-mao-ning', date: '2024-02-29' }],
    ['content\\transcripts\\2023-12-31-王毅.txt', { id: '2023-12-31-王毅', date: '2023-12-31' }],
  ])('reads %s', (file, name) => {
    expect(parseTranscriptName(file)).toEqual(name);
  });

  it.each([
    ['wang-yi.txt', 'does not start with a date'],
    ['2024-03-07-.txt', 'does not start with a date'],
    ['2024-03-07-wang-yi.TXT', 'does not start with a date'],
    ['2023-02-29-wang-yi.txt', 'holds a date that does not exist'],
    ['2024-13-01-wang-yi.txt', 'holds a date that does not exist'],
    ['2024-04-31-wang-yi.txt', 'holds a date that does not exist'],
  ])('rejects %s: %s', (name, problem) => {
    const error = transcriptErrorOf(() => parseTranscriptName(`content/transcripts/${name}`));
    expect(error.location).toEqual({ file: `content/transcripts/${name}`, line: 1 });
    expect(error.problem).toBe(`the file name "${name}" ${problem}`);
  });
});

describe('parseTranscriptName says what is wrong after the date', () => {
  const problemOf = (name: string) => transcriptErrorOf(() => parseTranscriptName(`content/transcripts/${name}`)).problem;

  it.each([
    ['2024-03-07-cafe\u0301.txt', 'holds a combining accent (decomposed Unicode)'],
    ['2024-03-07-Ame\u0301lie-Mauresmo.txt', 'holds a combining accent (decomposed Unicode)'],
    ['2024-03-07-..txt', 'holds ".."'],
    ['2024-03-07-a..b.txt', 'holds ".."'],
    ['2024-03-07-wang.yi.txt', 'holds ".", which cannot be part of a conference id'],
    ['2024-03-07-wang#yi.txt', 'holds "#", which cannot be part of a conference id'],
    ['2024-03-07-a.txt.txt', 'holds ".", which cannot be part of a conference id'],
    ['2024-03-07-wang\u00a0yi.txt', 'holds "\u00a0" (U+00A0), which cannot be part of a conference id'],
    ['2024-03-07-\u0301a.txt', 'holds "\u0301" (U+0301), which cannot be part of a conference id'],
  ])('%s %s', (name, problem) => {
    expect(problemOf(name)).toBe(`the file name "${name}" ${problem}`);
  });

  it.each([
    ['2024-03-07--wang.txt', '"-"'],
    ['2024-03-07-_wang.txt', '"_"'],
    ['2024-03-07- wang.txt', '" "'],
  ])('%s starts with %s after the date', (name, character) => {
    expect(problemOf(name)).toBe(`the name after the date in "${name}" starts with ${character}`);
  });

  it('reads the same name once composed (NFC)', () => {
    expect(parseTranscriptName('2024-03-07-cafe\u0301.txt'.normalize('NFC'))).toEqual({ id: '2024-03-07-café', date: '2024-03-07' });
  });

  it('pins the decomposed-accent message', () => {
    expect(transcriptErrorOf(() => parseTranscriptName('content/transcripts/2024-03-07-cafe\u0301.txt')).message).toMatchInlineSnapshot(`
      "content/transcripts/2024-03-07-café.txt:1: the file name "2024-03-07-café.txt" holds a combining accent (decomposed Unicode)
        Rename the file with composed characters (Unicode NFC), e.g. by retyping the accented letters, so that its id and URL are the same on every system."
    `);
  });

  it('pins the ".." message', () => {
    expect(transcriptErrorOf(() => parseTranscriptName('content/transcripts/2024-03-07-a..b.txt')).message).toMatchInlineSnapshot(`
      "content/transcripts/2024-03-07-a..b.txt:1: the file name "2024-03-07-a..b.txt" holds ".."
        After the date, use letters, digits and "-" (a letter or digit first), e.g. 2024-03-07-wang-yi.txt: that part becomes the URL."
    `);
  });
});
