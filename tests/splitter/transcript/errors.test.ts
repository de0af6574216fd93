import { describe, expect, it } from 'vitest';
import { TranscriptError, messages, transcriptError } from '../../../src/splitter/transcript/errors';

describe('TranscriptError', () => {
  it('formats "file:line: problem" and an indented hint, keeping each part as data', () => {
    const error = new TranscriptError({ file: 'a.txt', line: 7 }, 'something is wrong', 'Do this.');
    expect(error.message).toBe('a.txt:7: something is wrong\n  Do this.');
    expect(error).toMatchObject({ name: 'TranscriptError', location: { file: 'a.txt', line: 7 }, problem: 'something is wrong', hint: 'Do this.' });
    expect(error).toBeInstanceOf(Error);
  });

  it('is built from a message factory', () => {
    const error = transcriptError({ file: 'b.txt', line: 2 }, messages.noAnswer(3, '彭博社记者', ['毛宁', '林剑', '郭嘉昆', '汪文斌']));
    expect(error.message).toMatchInlineSnapshot(`
      "b.txt:2: question 3 (彭博社记者) has no answer
        After "彭博社记者：" must come an answer labelled with an official's name or title ("毛宁：" or "林剑：" or "郭嘉昆：" or "答："). If the text is cut off, end the file before this question."
    `);
  });

  it('names no official in the no-answer hint when none has spoken', () => {
    expect(transcriptError({ file: 'b.txt', line: 2 }, messages.noAnswer(1, '记者', [])).message).toMatchInlineSnapshot(`
      "b.txt:2: question 1 (记者) has no answer
        After "记者：" must come an answer labelled with the official's name or title ("王毅：", "答：", "财政司司长："). If the text is cut off, end the file before this question."
    `);
  });

  it.each(Object.entries(messages))('message %s has a problem and a hint that ends a sentence', (_name, factory) => {
    const [problem, hint] = (factory as (...args: unknown[]) => readonly [string, string])('x', 'y', 1);
    expect(problem.length).toBeGreaterThan(0);
    expect(problem).not.toMatch(/\n/);
    expect(hint).toMatch(/[.)]$/);
  });
});
