import { describe, expect, it } from 'vitest';
import { nonBlankLines } from '../../../src/splitter/transcript/lines';
import { transcriptErrorOf } from '../../helpers/transcript';

const FILE = 'content/transcripts/2024-05-01-x.txt';

describe('nonBlankLines', () => {
  it('keeps non-blank lines with their 1-based line numbers', () => {
    expect(nonBlankLines('一\n\n二\n', FILE)).toEqual([
      { text: '一', line: 1 },
      { text: '二', line: 3 },
    ]);
  });

  it.each([
    ['LF', 'a\n\nb'],
    ['CRLF', 'a\r\n\r\nb'],
    ['CR', 'a\r\rb'],
    ['mixed', 'a\r\n\nb'],
    ['BOM', '\uFEFFa\n\nb'],
    ['trailing spaces and tabs', 'a \t\n  \nb  '],
    ['full-width spaces at starts and ends', '\u3000\u3000a\u3000\n\u3000\n\u3000b'],
    ['no-break spaces', '\u00A0a\u00A0\n\nb'],
  ])('reads %s', (_name, text) => {
    expect(nonBlankLines(text, FILE)).toEqual([
      { text: 'a', line: 1 },
      { text: 'b', line: 3 },
    ]);
  });

  it('keeps spaces and full-width spaces inside a line', () => {
    expect(nonBlankLines('\u3000新华社北京3月7日电 3月7日，\u3000记者会。\u3000', FILE)).toEqual([
      { text: '新华社北京3月7日电 3月7日，\u3000记者会。', line: 1 },
    ]);
  });

  it('removes only a leading BOM', () => {
    expect(nonBlankLines('a\uFEFFb', FILE)).toEqual([{ text: 'a\uFEFFb', line: 1 }]);
  });

  it('gives nothing for an empty or blank text', () => {
    expect(nonBlankLines('', FILE)).toEqual([]);
    expect(nonBlankLines('\n \u3000\r\n\t', FILE)).toEqual([]);
  });

  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['BEL', '\u0007', 'U+0007'],
    ['vertical tab', '\u000B', 'U+000B'],
    ['escape', '\u001B', 'U+001B'],
    ['DEL', '\u007F', 'U+007F'],
    ['C1 control', '\u0085', 'U+0085'],
  ])('fails at the line of a %s character', (_name, control, codePoint) => {
    const error = transcriptErrorOf(() => nonBlankLines(`标题\n\n问${control}题？\n${control}`, FILE));
    expect(error.location).toEqual({ file: FILE, line: 3 });
    expect(error.problem).toBe(`the line holds a control character (${codePoint})`);
  });

  it.each([
    ['a right-to-left override', '\u202E', 'a bidirectional formatting character (U+202E)'],
    ['a left-to-right embedding', '\u202A', 'a bidirectional formatting character (U+202A)'],
    ['a first-strong isolate', '\u2068', 'a bidirectional formatting character (U+2068)'],
    ['the non-character U+FFFE', '\uFFFE', 'a non-character (U+FFFE)'],
    ['the non-character U+FDD0', '\uFDD0', 'a non-character (U+FDD0)'],
  ])('fails at the line of %s', (_name, character, what) => {
    const error = transcriptErrorOf(() => nonBlankLines(`标题\n\n外交部发言人${character}毅文汪：答。`, FILE));
    expect(error.location).toEqual({ file: FILE, line: 3 });
    expect(error.problem).toBe(`the line holds ${what}`);
  });

  it('fails at a control character on a line that is otherwise blank', () => {
    expect(transcriptErrorOf(() => nonBlankLines('a\r\n\r\n \u0000 \r\nb', FILE)).location.line).toBe(3);
  });

  it('pins the control-character message', () => {
    expect(transcriptErrorOf(() => nonBlankLines('标题\n\u0007', FILE)).message).toMatchInlineSnapshot(`
      "content/transcripts/2024-05-01-x.txt:2: the line holds a control character (U+0007)
        Control characters are never part of a transcript: remove it (it is usually left over from copying or a bad conversion)."
    `);
  });

  it('keeps tabs inside a line: a tab is not a control character here', () => {
    expect(nonBlankLines('a\tb', FILE)).toEqual([{ text: 'a\tb', line: 1 }]);
  });
});
