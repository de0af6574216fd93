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
  duplicateId: (id: string, other: string) =>
    message(`the conference id "${id}" is also the id of ${other}`,
      'Ids come from file names, compared in lower case with "_" and spaces read as "-". Rename one of the files.'),
  empty: () =>
    message('the transcript is empty', 'A transcript starts with a headline, then a dateline, then the questions and answers.'),
  onlyHeadline: () =>
    message('the transcript has only a headline', 'After the headline come a dateline such as "新华社北京3月7日电 …" and the questions and answers.'),
  noDateline: () =>
    message('the second paragraph is not a dateline',
      'The paragraph after the headline must start with a dateline such as "新华社北京3月7日电".'),
  datelineDisagrees: (printed: string, fromName: string) =>
    message(`the dateline says ${printed} but the file name says ${fromName}`,
      'Check the date: rename the file after the day of the conference, or fix the dateline if it was mistyped.'),
  noQuestions: () =>
    message('no question found',
      'A question starts with a line labelled "…记者：" (e.g. "《人民日报》记者：…"), followed by the answer "王毅：…" (or whoever answers).'),
  noAnswer: (number: number, answerer: string | null) =>
    message(`question ${number} has no answer`,
      `A line labelled "…记者：" must be followed by a line starting "${answerer ?? '王毅'}：" (or the speaker named in the transcript).`),
  emptyQuestion: (number: number) =>
    message(`question ${number} has a questioner's label but no question`,
      'Put the question after the label ("…记者：…"), on the same line or the lines that follow.'),
  secondAnswerer: (speaker: string, answerer: string, number: number) =>
    message(`"${speaker}：" answers question ${number}, but ${answerer} answers the other questions`,
      `A conference has one answerer. Start the answer with "${answerer}：", or, if "${speaker}" asks the question, label the line "…记者：".`),
  markerNotLast: (marker: string) =>
    message(`the continuation marker "${marker}" is not the last line`,
      'A marker such as "(下转第四版)" may only close a transcript. Remove it, or move the text after it to the right place.'),
} satisfies Record<string, (...args: never[]) => Message>;
