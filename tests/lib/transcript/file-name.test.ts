import { describe, expect, it } from 'vitest';
import { conferenceIdOf, parseTranscriptName } from '../../../src/lib/transcript/file-name';
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
    ['2024-03-07--wang.txt', 'does not start with a date'],
    ['2023-02-29-wang-yi.txt', 'holds a date that does not exist'],
    ['2024-13-01-wang-yi.txt', 'holds a date that does not exist'],
    ['2024-04-31-wang-yi.txt', 'holds a date that does not exist'],
  ])('rejects %s: %s', (name, problem) => {
    const error = transcriptErrorOf(() => parseTranscriptName(`content/transcripts/${name}`));
    expect(error.location).toEqual({ file: `content/transcripts/${name}`, line: 1 });
    expect(error.problem).toBe(`the file name "${name}" ${problem}`);
  });
});
