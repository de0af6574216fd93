import { describe, expect, it } from 'vitest';
import { TranscriptError, messages, transcriptError } from '../../../src/lib/transcript/errors';

describe('TranscriptError', () => {
  it('formats "file:line: problem" and an indented hint, keeping each part as data', () => {
    const error = new TranscriptError({ file: 'a.txt', line: 7 }, 'something is wrong', 'Do this.');
    expect(error.message).toBe('a.txt:7: something is wrong\n  Do this.');
    expect(error).toMatchObject({ name: 'TranscriptError', location: { file: 'a.txt', line: 7 }, problem: 'something is wrong', hint: 'Do this.' });
    expect(error).toBeInstanceOf(Error);
  });

  it('is built from a message factory', () => {
    const error = transcriptError({ file: 'b.txt', line: 2 }, messages.noAnswer(3, '毛宁'));
    expect(error.message).toMatchInlineSnapshot(`
      "b.txt:2: question 3 has no answer
        A line labelled "…记者：" must be followed by a line starting "毛宁：" (or the speaker named in the transcript)."
    `);
  });

  it.each(Object.entries(messages))('message %s has a problem and a hint that ends a sentence', (_name, factory) => {
    const [problem, hint] = (factory as (...args: unknown[]) => readonly [string, string])('x', 'y', 1);
    expect(problem.length).toBeGreaterThan(0);
    expect(problem).not.toMatch(/\n/);
    expect(hint).toMatch(/[.)]$/);
  });
});
