import { describe, expect, it } from 'vitest';
import { buildArchive, type ArchiveResult } from '../../../src/splitter/archive/build';
import { BRIEFING, BRIEFING_FILE, lines } from '../../helpers/transcript';

// The briefing has three questions, asked by 中央广播电视总台央视, 《人民日报》 and CGTN.
const EDITORIAL_FILE = 'content/editorial/2024-05-01-wang-wenbin.yaml';
const build = (...editorial: string[]): ArchiveResult =>
  buildArchive([{ path: BRIEFING_FILE, content: new TextEncoder().encode(BRIEFING) }], [{ path: EDITORIAL_FILE, content: lines(...editorial) }]);
const errorsOf = (result: ArchiveResult) => (result.ok ? [] : result.errors.map((error) => `${error.location.file}:${error.location.line}: ${error.problem}`));

describe('editorial entries for questions or outlets that do not exist', () => {
  it.each([
    ['a topic', ['topics:', '  "1": 开场', '  "4": 不存在的问题'], 3, 'topics: there is no question 4 (the transcript has 3 questions)'],
    ['a question outlet', ['questionOutlets:', '  "0": 新华社'], 2, 'questionOutlets: there is no question 0 (the transcript has 3 questions)'],
    [
      'a correction',
      ['corrections:', '  - question: 9', '    original: 一贯', '    corrected: 一致', '    reason: 排印错字。', '    source: 人民网'],
      2,
      'corrections.0.question: there is no question 9 (the transcript has 3 questions)',
    ],
    ['an English outlet name', ['outlets:', '  《人民日报》: People\'s Daily', '  《人民目报》: People\'s Daily'], 3, 'outlets: no question is asked by "《人民目报》" (the outlet as printed, the label without 记者)'],
    ['a speaker name', ['speakers:', '  汪文斌: 汪文斌', '  王文斌: 汪文斌'], 3, 'speakers: no turn is labelled "王文斌" (the label as printed, without its colon)'],
    ['a host', ['hosts:', '  - 许岚'], 2, 'hosts: no one speaks as "许岚" (a label as printed, or the name it stands for)'],
  ])('fail at the line of %s', (_name, editorial, line, problem) => {
    expect(errorsOf(build(...editorial))).toEqual([`${EDITORIAL_FILE}:${line}: ${problem}`]);
  });

  it('pass when every entry names a question and an outlet of the transcript', () => {
    const result = build('topics:', '  "3": 最后', 'outlets:', '  CGTN: CGTN', '  中央广播电视总台央视: CCTV');
    expect(errorsOf(result)).toEqual([]);
  });
});
