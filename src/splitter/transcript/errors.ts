import { codePointOf, hostileCharacterOf, hostileProblem, type HostileKind } from '../hostile-text';

/** Where in a transcript a problem was found. */
export interface SourceLocation {
  file: string;
  line: number;
}

/**
 * A problem in a transcript that a person can fix: what is wrong, where, and what to do.
 * Kept as data (like Astro's `errors-data.ts`) so tests can pin the wording.
 */
export class TranscriptError extends Error {
  override name = 'TranscriptError';
  constructor(
    readonly location: SourceLocation,
    readonly problem: string,
    readonly hint: string,
  ) {
    super(`${location.file}:${location.line}: ${problem}\n  ${hint}`);
  }
}

/** Build the error for a location from one of the message factories below. */
export function transcriptError(location: SourceLocation, [problem, hint]: readonly [problem: string, hint: string]): TranscriptError {
  return new TranscriptError(location, problem, hint);
}

const FILE_NAME_HINT =
  'Name each transcript YYYY-MM-DD-<slug>.txt after the day of the conference, e.g. 2024-03-07-wang-yi.txt.';

const SLUG_HINT =
  'After the date, use letters, digits and "-" (a letter or digit first), e.g. 2024-03-07-wang-yi.txt: that part becomes the URL.';

type Message = readonly [problem: string, hint: string];

/** What to do about each kind of character that is never text. */
export const HOSTILE_HINTS: Readonly<Record<HostileKind, string>> = {
  control: 'Control characters are never part of a transcript: remove it (it is usually left over from copying or a bad conversion).',
  bidi: 'Bidirectional formatting characters are never part of a Chinese transcript, and can reverse a name as it is shown: remove it.',
  noncharacter: 'Non-characters are never text: remove it (it is usually left over from a bad conversion).',
  replacement: 'U+FFFD stands for text lost in a conversion from another encoding: restore the character from the original, saved as UTF-8.',
};
const message = (problem: string, hint: string): Message => [problem, hint];

/** Message factories, one per problem: what is wrong, then what to do. */
export const messages = {
  notUtf8: () =>
    message('the file is not valid UTF-8', 'Save the transcript as UTF-8 text (without another encoding such as GB 18030 or UTF-16).'),
  fileNameWithoutDate: (name: string) =>
    message(`the file name "${name}" does not start with a date`, FILE_NAME_HINT),
  fileNameBadDate: (name: string) =>
    message(`the file name "${name}" holds a date that does not exist`, FILE_NAME_HINT),
  fileNameDecomposed: (name: string) =>
    message(`the file name "${name}" holds a combining accent (decomposed Unicode)`,
      'Rename the file with composed characters (Unicode NFC), e.g. by retyping the accented letters, so that its id and URL are the same on every system.'),
  fileNameDots: (name: string) =>
    message(`the file name "${name}" holds ".."`, SLUG_HINT),
  fileNameCharacter: (name: string, character: string) =>
    message(`the file name "${name}" holds ${character}, which cannot be part of a conference id`, SLUG_HINT),
  fileNameSlugStart: (name: string, character: string) =>
    message(`the name after the date in "${name}" starts with ${character}`, SLUG_HINT),
  lookalikeId: (id: string, other: string, otherId: string) =>
    message(`the conference id "${id}" looks the same as "${otherId}", the id of ${other}`,
      'The two differ only in letters of other alphabets that look alike (Cyrillic а and Latin a): write the name after the date in Latin letters, or rename one of the files.'),
  fileNameLowerCase: (name: string, character: string, lower: string) =>
    message(`the file name "${name}" holds "${character}", whose lower case "${lower}" (${[...String(lower)].map((character) => codePointOf(character)).join(' ')}) cannot be part of a conference id`,
      SLUG_HINT),
  duplicateId: (id: string, other: string) =>
    message(`the conference id "${id}" is also the id of ${other}`,
      'Ids come from file names, compared in lower case with "_" and spaces read as "-". Rename one of the files.'),
  empty: () =>
    message('the transcript is empty', 'A transcript starts with a headline, then the questions and answers (a dateline or an intro may come between).'),
  onlyHeadline: () =>
    message('the transcript has only a headline', 'After the headline come the questions and answers, each turn starting with its speaker\'s label ("…记者：", "问：", "[主持人]：").'),
  hostileCharacter: (character: string) => {
    const found = hostileCharacterOf(character) ?? { character, kind: 'control' as const, index: 0 };
    return message(hostileProblem(found), HOSTILE_HINTS[found.kind]);
  },
  headlineDisagrees: (printed: string, fromName: string) =>
    message(`the headline is dated ${printed} but the file name says ${fromName}`,
      'Check the date: rename the file after the day of the conference, or fix the headline if it was mistyped.'),
  datelineDisagrees: (printed: string, fromName: string) =>
    message(`the dateline says ${printed} but the file name says ${fromName}`,
      'Check the date: rename the file after the day of the conference, or fix the dateline if it was mistyped.'),
  noQuestions: () =>
    message('no question found',
      'A question starts with a reporter\'s label: "…记者：" (e.g. "《人民日报》记者："), "问：", "記者：" or "[…记者]：", on its own line or before the question; the answer follows under the official\'s label.'),
  noAnswer: (number: number, questioner: string, officials: readonly string[]) =>
    message(`question ${number} (${questioner}) has no answer`,
      officials.length > 0
        ? `After "${questioner}：" must come an answer labelled with an official's name or title (${[...officials.slice(0, 3), '答'].map((name) => `"${name}："`).join(' or ')}). If the text is cut off, end the file before this question.`
        : `After "${questioner}：" must come an answer labelled with the official's name or title ("王毅：", "答：", "财政司司长："). If the text is cut off, end the file before this question.`),
  emptyQuestion: (number: number) =>
    message(`question ${number} has a questioner's label but no question`,
      'Put the question after the label ("…记者：…"), on the same line or the lines that follow.'),
  dropNotFound: (text: string) =>
    message(`the line to drop "${text.length > 40 ? `${text.slice(0, 39)}…` : text}" is not in the transcript`,
      'Quote the whole line exactly as printed (without leading or trailing spaces), or remove the entry.'),
  ambiguousLabel: (label: string, seen: string) =>
    message(`cannot tell whether "${label}：" is a speaker's label`,
      `${seen}. Read as a label, a new person "${label}" would speak from here; read as text, the line stays in the answer before it. ` +
        `Settle it in the conference's editorial file (content/editorial/<id>.yaml): \`speakers: { "${label}": { name: 姓名, title: 职务, role: official } }\` ` +
        `if someone speaks here, or \`notSpeakers: ["${label}"]\` if it is text (see how every line was read: npm run split -- --explain <file>).`),
  unnamedAnswerer: (label: string) =>
    message(`cannot tell who answers under "${label}："`,
      `Neither the headline nor the intro names the official (e.g. "外交部发言人高远在例行记者会上答记者问", "国家发展改革委有关负责人就…答记者问"). ` +
        `Name them in the conference's editorial file: \`speakers: { "${label}": 姓名 }\` (or a title, e.g. "商务部有关负责人").`),
  unlabelledQuestion: (text: string, official: string) =>
    message(`"${[...text].slice(0, 30).join('')}${[...text].length > 30 ? '…' : ''}" reads like a question, but no reporter's label marks it`,
      `Read as it stands, it would be part of ${official}'s answer, whose label follows again. Settle it in the conference's editorial file: ` +
        `\`questionStarts: [{ startsWith: "${[...text].slice(0, 12).join('')}", questioner: 记者 }]\` if a question starts here, or ` +
        `\`notQuestions: ["${[...text].slice(0, 12).join('')}"]\` if these are ${official}'s own words (npm run split -- --explain <file> shows how each line was read).`),
  markerNotLast: (marker: string) =>
    message(`the continuation marker "${marker}" is not the last line`,
      'A marker such as "(下转第四版)" may only close a transcript. Remove it, or move the text after it to the right place.'),
} satisfies Record<string, (...args: never[]) => Message>;
