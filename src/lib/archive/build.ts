import { CorrectionMismatch } from '../editorial/corrections';
import { correctionLine, noEditorial, parseEditorial } from '../editorial/parse';
import type { Editorial } from '../editorial/schema';
import { conferencePages, type GeneratedFile } from '../mdx/pages';
import { scripts, type Script } from '../content/schema';
import { decodeTranscript } from '../transcript/decode';
import { TranscriptError, messages, transcriptError } from '../transcript/errors';
import { conferenceIdOf } from '../transcript/file-name';
import { parseTranscript } from '../transcript/parse';
import type { Conference } from '../transcript/types';
import { compareText } from '../text';

/** A file read from disk: its project-relative path and bytes or text. */
export interface SourceFile<Content> {
  path: string;
  content: Content;
}

/** One line of the split's progress report. */
export interface ConferenceReport {
  file: string;
  id: string;
  questions: number;
  joins: Conference['joins'];
  continuation: string | null;
  edited: boolean;
}

/** Everything the split produces, or every problem that stops it. */
export type ArchiveResult =
  | { ok: true; files: GeneratedFile[]; reports: ConferenceReport[] }
  | { ok: false; errors: TranscriptError[] };

/** Converts text into a script. */
export type Converters = Record<Script, (text: string) => string>;

/**
 * Parse and validate every transcript and its editorial data, then lay out all pages in both scripts.
 * Nothing is produced unless every input is valid, so a caller never writes half an archive.
 */
export function buildArchive(
  transcripts: readonly SourceFile<Uint8Array>[],
  editorials: readonly SourceFile<string>[],
  converters: Converters,
): ArchiveResult {
  const errors: TranscriptError[] = [];
  const collect = <T>(work: () => T): T | undefined => {
    try {
      return work();
    } catch (error) {
      if (error instanceof TranscriptError) errors.push(error);
      else throw error;
      return undefined;
    }
  };

  const sorted = [...transcripts].sort((left, right) => compareText(left.path, right.path));
  const firstFileOfId = new Map<string, string>();
  for (const { path } of sorted) {
    const id = conferenceIdOf(path.split('/').pop() ?? path);
    const other = firstFileOfId.get(id);
    if (other) errors.push(transcriptError({ file: path, line: 1 }, messages.duplicateId(id, other)));
    else firstFileOfId.set(id, path);
  }

  const editorialById = new Map(editorials.map((editorial) => [conferenceIdOf(editorial.path.split('/').pop() ?? ''), editorial]));
  const parsed = sorted.flatMap(({ path, content }) => {
    const conference = collect(() => parseTranscript(decodeTranscript(content, path), path));
    if (!conference) return [];
    const source = editorialById.get(conference.id);
    const editorial = source ? collect(() => parseEditorial(source.content, source.path)) : noEditorial;
    return editorial ? [{ conference, editorial, source }] : [];
  });

  const files: GeneratedFile[] = [];
  const reports: ConferenceReport[] = [];
  for (const { conference, editorial, source } of parsed) {
    const pages = collect(() => layOut(conference, editorial, source, converters));
    if (!pages) continue;
    files.push(...pages);
    reports.push({
      file: conference.file,
      id: conference.id,
      questions: conference.questions.length,
      joins: conference.joins,
      continuation: conference.continuation?.marker ?? null,
      edited: source !== undefined,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files, reports };
}

function layOut(conference: Conference, editorial: Editorial, source: SourceFile<string> | undefined, converters: Converters) {
  try {
    return scripts.flatMap((script) =>
      conferencePages(conference, editorial, { script, convert: converters[script], sourceFile: conference.file }),
    );
  } catch (error) {
    if (!(error instanceof CorrectionMismatch) || !source) throw error;
    const index = editorial.corrections.indexOf(error.correction);
    throw new TranscriptError(
      { file: source.path, line: correctionLine(source.content, Math.max(0, index)) },
      `correction does not fit the transcript: ${error.message}`,
      'Quote the original exactly as printed, with enough context to occur once, and name the paragraph (e.g. paragraph: a5) if needed.',
    );
  }
}
