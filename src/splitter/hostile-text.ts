/**
 * Characters that are never text in a transcript or an editorial file, and that could make the
 * site show something other than what was printed: controls, bidirectional formatting characters
 * (an override reverses a name or title as it is shown, an isolate hides where one ends) and
 * non-characters.
 */

/** Why a character is refused. */
export type HostileKind = 'control' | 'bidi' | 'noncharacter' | 'replacement';

/** A refused character found in a line, and why. */
export interface HostileCharacter {
  character: string;
  kind: HostileKind;
  /** Its UTF-16 index in the line. */
  index: number;
}

// C0 controls but tab, line feed and carriage return; DEL; C1 controls (U+0080–U+009F).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// Embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069).
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;
// What a decoder puts for bytes that are not UTF-8: the file was saved in another encoding.
const REPLACEMENT = /\uFFFD/u;
const ANY = new RegExp([CONTROL, BIDI, NONCHARACTER, REPLACEMENT].map((pattern) => pattern.source).join('|'), 'u');

/** Find the first character of a line that is never text, if there is one. */
export function hostileCharacterOf(line: string): HostileCharacter | null {
  const match = ANY.exec(line);
  if (!match) return null;
  const character = match[0];
  const kind: HostileKind = CONTROL.test(character) ? 'control' : BIDI.test(character) ? 'bidi' : REPLACEMENT.test(character) ? 'replacement' : 'noncharacter';
  return { character, kind, index: match.index };
}

/** Give a character's code point as Unicode writes it (`U+202E`). */
export function codePointOf(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Say what a refused character is, for an error message. */
export function hostileProblem({ character, kind }: HostileCharacter): string {
  const what = {
    control: 'a control character',
    bidi: 'a bidirectional formatting character',
    noncharacter: 'a non-character',
    replacement: 'the replacement character left by text that is not UTF-8',
  }[kind];
  return `the line holds ${what} (${codePointOf(character)})`;
}
