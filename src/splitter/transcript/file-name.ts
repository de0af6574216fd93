import { messages, transcriptError } from './errors';

/** What a transcript's file name says: its conference id and date. */
export interface TranscriptName {
  id: string;
  date: string;
}

const NAME = /^(\d{4})-(\d{2})-(\d{2})-([\p{L}\p{N}][\p{L}\p{N}_ -]*)\.txt$/u;
/** A name with a date and an extension, whatever lies between: the part to explain when NAME fails. */
const DATED = /^\d{4}-\d{2}-\d{2}-(.+)\.txt$/su;
const SLUG_CHARACTER = /[\p{L}\p{N}_ -]/u;

/** Turn a file's base name into its lower-case conference id (spaces and `_` read as `-`). */
export function conferenceIdOf(baseName: string): string {
  return baseName.replace(/\.[^.]+$/, '').toLowerCase().replace(/[\s_]+/g, '-');
}

/** Read the date and conference id from a name like `2024-03-07-wang-yi.txt`. */
export function parseTranscriptName(file: string): TranscriptName {
  const baseName = file.split(/[\\/]/).pop() ?? file;
  const match = NAME.exec(baseName);
  if (!match) throw transcriptError({ file, line: 1 }, nameProblem(baseName));
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw transcriptError({ file, line: 1 }, messages.fileNameBadDate(baseName));
  }
  const id = conferenceIdOf(baseName);
  // A letter whose lower case takes a combining mark (İ → i̇) would give an id the pages cannot have.
  const unfit = [...(match[4] ?? '')].find((character) => !/^[\p{L}\p{N}_ -]+$/u.test(character.toLowerCase()) || /\p{M}/u.test(character.toLowerCase()));
  if (unfit) throw transcriptError({ file, line: 1 }, messages.fileNameLowerCase(baseName, unfit, unfit.toLowerCase()));
  return { id, date: baseName.slice(0, 10) };
}

/** Say what is wrong with a name that does not match: the date, or the characters after it. */
function nameProblem(baseName: string) {
  const slug = DATED.exec(baseName)?.[1];
  if (slug === undefined) return messages.fileNameWithoutDate(baseName);
  // A decomposed accent (macOS may save `é` as `e` + U+0301) would give the same-looking name another id and URL.
  if (slug !== slug.normalize('NFC') && /\p{M}/u.test(slug)) return messages.fileNameDecomposed(baseName);
  if (baseName.includes('..')) return messages.fileNameDots(baseName);
  const [first = ''] = slug;
  if (!/[\p{L}\p{N}]/u.test(first) && SLUG_CHARACTER.test(first)) return messages.fileNameSlugStart(baseName, describe(first));
  const wrong = [...slug].find((character) => !SLUG_CHARACTER.test(character)) ?? first;
  return messages.fileNameCharacter(baseName, describe(wrong));
}

/** Quote a character, adding its code point when it cannot be seen (a space, a control or a combining mark). */
function describe(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0;
  const visible = character === ' ' || !/[\p{C}\p{Z}\p{M}]/u.test(character);
  return visible ? `"${character}"` : `"${character}" (U+${codePoint.toString(16).toUpperCase().padStart(4, '0')})`;
}
