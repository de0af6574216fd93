import { describe, expect, it } from 'vitest';
import { codePointOf, hostileCharacterOf, hostileProblem } from '../../src/splitter/hostile-text';

describe('hostileCharacterOf', () => {
  it.each([
    ['NUL', '\u0000', 'control'],
    ['DEL', '\u007F', 'control'],
    ['C1 control U+0080', '\u0080', 'control'],
    ['C1 control U+0085 (next line)', '\u0085', 'control'],
    ['C1 control U+009F', '\u009F', 'control'],
    ['left-to-right embedding U+202A', '\u202A', 'bidi'],
    ['right-to-left override U+202E', '\u202E', 'bidi'],
    ['left-to-right isolate U+2066', '\u2066', 'bidi'],
    ['pop directional isolate U+2069', '\u2069', 'bidi'],
    ['non-character U+FDD0', '\uFDD0', 'noncharacter'],
    ['non-character U+FFFE', '\uFFFE', 'noncharacter'],
    ['non-character U+1FFFF', '\u{1FFFF}', 'noncharacter'],
    ['replacement character', '\uFFFD', 'replacement'],
  ])('finds a %s', (_name, character, kind) => {
    expect(hostileCharacterOf(`王${character}毅`)).toEqual({ character, kind, index: 1 });
  });

  it.each([
    ['Chinese text and punctuation', '王毅：“中方的立场是一贯的。”'],
    ['a tab', 'a\tb'],
    ['full-width and no-break spaces', '\u3000a\u00A0b'],
    ['a zero-width joiner in an emoji', '👨\u200D👩'],
    ['a character outside the BMP', '𠀀'],
  ])('lets %s pass', (_name, text) => {
    expect(hostileCharacterOf(text)).toBeNull();
  });
});

describe('hostileProblem', () => {
  it('names the character by its code point', () => {
    expect(codePointOf('\u202E')).toBe('U+202E');
    expect(hostileProblem({ character: '\u202E', kind: 'bidi', index: 0 })).toBe('the line holds a bidirectional formatting character (U+202E)');
  });
});
