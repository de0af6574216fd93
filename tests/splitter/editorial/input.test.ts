import { describe, expect, it } from 'vitest';
import { parseEditorial } from '../../../src/splitter/editorial/parse';
import { lines, transcriptErrorOf } from '../../helpers/transcript';

// Editorial input that would let a file corrupt the site: a link that runs script, text in another
// encoding, characters that reverse what is shown, line breaks that break one-line citation fields.
const FILE = 'content/editorial/2024-05-01-wang-wenbin.yaml';
const errorOf = (text: string) => transcriptErrorOf(() => parseEditorial(text, FILE));

describe('source.url', () => {
  it.each([
    ['javascript:alert(document.cookie)'],
    ['JavaScript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['ftp://example.org/a.txt'],
    ['vbscript:msgbox'],
  ])('refuses %s at its line', (url) => {
    const error = errorOf(lines('source:', '  publication: 新华社', `  url: "${url}"`));
    expect(error.location).toEqual({ file: FILE, line: 3 });
    expect(error.problem).toBe('source.url: expected an http(s) address');
  });

  it.each([['https://www.example.org/a?b=1'], ['http://example.org/']])('takes %s', (url) => {
    expect(parseEditorial(lines('source:', '  publication: 新华社', `  url: "${url}"`), FILE).source?.url).toBe(url);
  });
});

describe('characters that are never text', () => {
  it.each([
    ['a right-to-left override in a topic', ['topics:', '  "1": "中美\u202E关系"'], 2, 'a bidirectional formatting character (U+202E)'],
    ['an isolate in a speaker name', ['speakers:', '  答: "\u2066高远\u2069"'], 2, 'a bidirectional formatting character (U+2066)'],
    ['a C1 control in an outlet', ['outlets:', '  "《人民日报》": "People\u0085s Daily"'], 2, 'a control character (U+0085)'],
    ['a non-character in a reason', ['corrections:', '  - question: 1', '    original: 是', '    corrected: 说', '    reason: "错\uFDD0字"', '    source: 人民网'], 5, 'a non-character (U+FDD0)'],
    ['a control in a comment', ['# note \u0007', 'topics: {}'], 1, 'a control character (U+0007)'],
  ])('refuses %s at its line', (_name, text, line, what) => {
    const error = errorOf(lines(...text));
    expect(error.location).toEqual({ file: FILE, line });
    expect(error.problem).toBe(`the line holds ${what}`);
  });

  it('refuses an escaped override that only the YAML parser turns into the character', () => {
    const error = errorOf(lines('topics:', '  "1": "中美\\u202E关系"'));
    expect(error.location).toEqual({ file: FILE, line: 2 });
    expect(error.problem).toBe('topics.1: holds a bidirectional formatting character (U+202E)');
  });
});

describe('an editorial file that is not UTF-8', () => {
  it('fails like a transcript that is not UTF-8, at the line of the first bad byte', () => {
    // What reading GB 18030 bytes as UTF-8 gives: U+FFFD for each bad sequence.
    const error = errorOf(lines('topics:', '  "1": 中美\uFFFD\uFFFD系'));
    expect(error.location).toEqual({ file: FILE, line: 2 });
    expect(error.problem).toBe('the file is not valid UTF-8');
    expect(error.hint).toMatch(/UTF-8/u);
  });
});

describe('line breaks in editorial text', () => {
  it.each([
    ['a quoted topic with \\n', ['topics:', '  "1": "中美\\n关系"'], 2, 'topics.1'],
    ['a literal block reason', ['corrections:', '  - question: 1', '    original: 是', '    corrected: 说', '    reason: |', '      排印错字。', '      另见人民网。', '    source: 人民网'], 5, 'corrections.0.reason'],
    ['a publication with a line separator', ['source:', '  publication: "新华社\\u2028TY  - ER"'], 2, 'source.publication'],
  ])('refuses %s at its line: a citation field must stay one line', (_name, text, line, path) => {
    const error = errorOf(lines(...text));
    expect(error.location).toEqual({ file: FILE, line });
    expect(error.problem).toBe(`${path}: the text spans more than one line`);
  });

  it('takes a block scalar of one line, without its final line break', () => {
    const editorial = parseEditorial(lines('topics:', '  "1": >', '    中美关系'), FILE);
    expect(editorial.topics.get('1')).toBe('中美关系');
  });
});
