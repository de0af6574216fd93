import { describe, expect, it } from 'vitest';
import { nonBlankLines } from '../../../src/lib/transcript/lines';

describe('nonBlankLines', () => {
  it('keeps non-blank lines with their 1-based line numbers', () => {
    expect(nonBlankLines('一\n\n二\n')).toEqual([
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
    expect(nonBlankLines(text)).toEqual([
      { text: 'a', line: 1 },
      { text: 'b', line: 3 },
    ]);
  });

  it('keeps spaces and full-width spaces inside a line', () => {
    expect(nonBlankLines('\u3000新华社北京3月7日电 3月7日，\u3000记者会。\u3000')).toEqual([
      { text: '新华社北京3月7日电 3月7日，\u3000记者会。', line: 1 },
    ]);
  });

  it('removes only a leading BOM', () => {
    expect(nonBlankLines('a\uFEFFb')).toEqual([{ text: 'a\uFEFFb', line: 1 }]);
  });

  it('gives nothing for an empty or blank text', () => {
    expect(nonBlankLines('')).toEqual([]);
    expect(nonBlankLines('\n \u3000\r\n\t')).toEqual([]);
  });
});
