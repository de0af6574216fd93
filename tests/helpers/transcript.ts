import { expect } from 'vitest';
import { TranscriptError } from '../../src/splitter/transcript/errors';

/** A transcript's text from its lines, one per element, ending with a newline as saved files do. */
export function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}

/** Run something that must fail with a TranscriptError, and give the error back to inspect. */
export function transcriptErrorOf(work: () => unknown): TranscriptError {
  let caught: unknown;
  try {
    work();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected a TranscriptError to be thrown').toBeInstanceOf(TranscriptError);
  return caught as TranscriptError;
}

/**
 * A small spokesperson's briefing in the shape wire services print: headline, dateline, opening
 * remarks, then questions and answers. Line numbers are given in the comments for the tests.
 */
export const BRIEFING = lines(
  '外交部发言人汪文斌主持例行记者会', // 1
  '', // 2
  '新华社北京5月1日电 外交部发言人汪文斌5月1日主持例行记者会。', // 3
  '', // 4
  '汪文斌：各位记者朋友，下午好。', // 5
  '今天的记者会到此开始。', // 6
  '', // 7
  '中央广播电视总台央视记者：请问中方对此有何评论？', // 8
  '', // 9
  '汪文斌：中方的立场是一贯的。', // 10
  '我们愿同各方一道努力。', // 11
  '', // 12
  '《人民日报》记者：第一段问题。', // 13
  '第二段问题？', // 14
  '', // 15
  '汪文斌：回答。', // 16
  '', // 17
  'CGTN记者：最后一个问题？', // 18
  '', // 19
  '汪文斌：最后的回答。', // 20
);

export const BRIEFING_FILE = 'content/transcripts/2024-05-01-wang-wenbin.txt';

/** The six print page breaks of the seed transcript: where each cut paragraph starts and resumes. */
export const SEED_JOINS = [
  { line: 31, resumedOn: 33 },
  { line: 57, resumedOn: 59 },
  { line: 63, resumedOn: 65 },
  { line: 85, resumedOn: 87 },
  { line: 119, resumedOn: 121 },
  { line: 155, resumedOn: 157 },
];
