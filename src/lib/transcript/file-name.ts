import { messages, transcriptError } from './errors';

/** What a transcript's file name says: its conference id and date. */
export interface TranscriptName {
  id: string;
  date: string;
}

const NAME = /^(\d{4})-(\d{2})-(\d{2})-([\p{L}\p{N}][\p{L}\p{N}_ -]*)\.txt$/u;

/** Turn a file's base name into its lower-case conference id (spaces and `_` read as `-`). */
export function conferenceIdOf(baseName: string): string {
  return baseName.replace(/\.[^.]+$/, '').toLowerCase().replace(/[\s_]+/g, '-');
}

/** Read the date and conference id from a name like `2024-03-07-wang-yi.txt`. */
export function parseTranscriptName(file: string): TranscriptName {
  const baseName = file.split(/[\\/]/).pop() ?? file;
  const match = NAME.exec(baseName);
  if (!match) throw transcriptError({ file, line: 1 }, messages.fileNameWithoutDate(baseName));
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw transcriptError({ file, line: 1 }, messages.fileNameBadDate(baseName));
  }
  return { id: conferenceIdOf(baseName), date: baseName.slice(0, 10) };
}
