import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishOutletNames } from '../../../src/splitter/archive/english-outlets';
import { parseTranscript } from '../../../src/splitter/transcript/parse';

const linesOf = (text: string) => text.split(/\r\n|\r|\n/);

describe('englishOutletNames', () => {
  it('learns each outlet\'s English name from the label of its question\'s translation', () => {
    const file = '2024-11-05-fmprc-bilingual.txt';
    const text = readFileSync(new URL(`../../fixtures/layouts/${file}`, import.meta.url), 'utf8');
    expect(Object.fromEntries(englishOutletNames(parseTranscript(text, file), linesOf(text)))).toEqual({
      总台央视: 'CCTV',
      法新社: 'AFP',
      彭博社: 'Bloomberg',
    });
  });

  it('learns nothing from a transcript without translations', () => {
    const file = '2024-03-07-wang-yi.txt';
    const text = readFileSync(new URL(`../../../content/transcripts/${file}`, import.meta.url), 'utf8');
    expect(englishOutletNames(parseTranscript(text, file), linesOf(text)).size).toBe(0);
  });
});
