import { CorrectionMismatch } from '../../shared/editorial/corrections';
import { englishOutletNames } from './english-outlets';
import { lookalikeSkeleton } from './lookalike';
import { correctionLine, noEditorial, parseEditorial } from '../editorial/parse';
import { checkReferences } from '../editorial/references';
import type { Editorial } from '../../shared/editorial/schema';
import { conferencePages, type GeneratedFile } from '../../shared/mdx/pages';
import { scripts, type Script } from '../../shared/content/schema';
import { detectScript, type SourceScript } from '../script/detect';
import { namesOf, protectNames } from '../script/names';
import { formCountsOfPages, scriptMapFileOf } from '../../shared/search/script-map-file';
import { addFormCounts, formCountsText, type FormCounts } from '../../shared/search/script-map';
import { toSimplified, toTraditional, type TraditionalVariant } from '../script/convert';
import { decodeTranscript } from '../transcript/decode';
import { hintsOf } from '../editorial/hints';
import { TranscriptError, messages, transcriptError } from '../transcript/errors';
import { conferenceIdOf } from '../transcript/file-name';
import { parseTranscript } from '../transcript/parse';
import type { Conference } from '../../shared/transcript/types';
import { compareText } from '../../shared/text';
import { mentionFinder, type MentionFinder } from '../gazetteer/mentions';

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

/**
 * What the archive keeps of a conference once built: enough to leave its pages as they are while its
 * transcript and editorial file stay the same, without parsing it again.
 */
export interface BuiltConference {
  /** The transcript's project-relative path. */
  file: string;
  report: ConferenceReport;
  /** The generated files of its pages, relative to content/generated/. */
  pages: string[];
  /** Its share of the script map, as `formCountsText` writes it: the split cache keeps it so, and the archive adds them up. */
  forms: string;
}

/**
 * Everything the split produces, or every problem that stops it: the files of the conferences built
 * (and the script map of the whole archive), and what is known of every conference, built or reused.
 */
export type ArchiveResult =
  | { ok: true; files: GeneratedFile[]; reports: ConferenceReport[]; conferences: BuiltConference[] }
  | { ok: false; errors: TranscriptError[] };

/** Converts text into a script. */
export type Converters = Record<Script, (text: string) => string>;

/** Tell which script each transcript is printed in, and convert between the scripts. */
export interface ScriptTools {
  detect: (text: string) => SourceScript;
  toTraditional: (text: string) => string;
  toSimplified: (text: string, variant: TraditionalVariant) => string;
}

/** The site's conversion: opencc-js at build time, with the project's overrides. */
export const scriptTools: ScriptTools = { detect: detectScript, toTraditional, toSimplified };

const finders = new WeakMap<ScriptTools, MentionFinder>();

/** The finder of the regions a question names, its gazetteer built once a process for the conversion given. */
function mentionsFor(tools: ScriptTools): MentionFinder {
  let finder = finders.get(tools);
  if (!finder) {
    finder = mentionFinder(tools.toTraditional);
    finders.set(tools, finder);
  }
  return finder;
}

/** Give the conference id of a transcript or editorial file from its path (`content/transcripts/2024-03-07-wang-yi.txt`). */
function idOfPath(path: string): string {
  return conferenceIdOf(path.split('/').pop() ?? path);
}

/** Pair each transcript with its editorial file, by conference id: give the finder of a transcript's editorial file. */
export function editorialFinder(editorials: readonly SourceFile<string>[]): (transcriptPath: string) => SourceFile<string> | undefined {
  const byId = new Map(editorials.map((editorial) => [idOfPath(editorial.path), editorial]));
  return (transcriptPath) => byId.get(idOfPath(transcriptPath));
}

/**
 * Parse and validate every transcript and its editorial data, then lay out all pages in both scripts.
 * Nothing is produced unless every input is valid, so a caller never writes half an archive.
 * @param reused conferences built before whose transcript and editorial file have not changed: they
 *   are not parsed again (their pages stay as they are), but count in the script map and the checks
 *   across the archive (no two transcripts with one id)
 */
export function buildArchive(
  transcripts: readonly SourceFile<Uint8Array>[],
  editorials: readonly SourceFile<string>[],
  tools: ScriptTools = scriptTools,
  reused: readonly BuiltConference[] = [],
): ArchiveResult {
  return assembleArchive([buildConferences(transcripts, editorials, tools)], transcripts.map((transcript) => transcript.path), reused, tools);
}

/** The conferences of some transcripts, built one by one, and the problems found in them. */
export interface ConferencesBuilt {
  files: GeneratedFile[];
  conferences: BuiltConference[];
  errors: TranscriptError[];
}

/**
 * Build the conferences of some transcripts, each on its own (no check across the archive): the part
 * of a split that can run in parallel, a share of the transcripts each (see `assembleArchive`).
 */
export function buildConferences(transcripts: readonly SourceFile<Uint8Array>[], editorials: readonly SourceFile<string>[], tools: ScriptTools = scriptTools): ConferencesBuilt {
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
  const editorialOf = editorialFinder(editorials);
  const files: GeneratedFile[] = [];
  const conferences: BuiltConference[] = [];
  for (const { path, content } of [...transcripts].sort((left, right) => compareText(left.path, right.path))) {
    const source = editorialOf(path);
    const editorial = source ? collect(() => parseEditorial(source.content, source.path)) : noEditorial;
    if (!editorial) continue;
    const text = collect(() => decodeTranscript(content, path));
    if (text === undefined) continue;
    const conference = collect(() => parseTranscript(text, path, hintsOf(editorial)));
    if (!conference) continue;
    if (source) collect(() => checkReferences(conference, editorial, source));
    if (source) collect(() => checkDrops(conference, editorial, source));
    const { script, variant } = editorial.script
      ? { script: editorial.script, variant: editorial.variant ?? 'tw' }
      : { ...tools.detect(text), ...(editorial.variant ? { variant: editorial.variant } : {}) };
    const names = namesOf(conference, editorial.questionOutlets.values());
    const converters: Converters =
      script === 'zh-Hant'
        ? { 'zh-Hans': protectNames((value) => tools.toSimplified(value, variant ?? 'tw'), names), 'zh-Hant': (value) => value }
        : { 'zh-Hans': (value) => value, 'zh-Hant': protectNames(tools.toTraditional, names) };
    // A bilingual transcript names its outlets in English itself; the editorial file may still rename them.
    const outlets = new Map([...englishOutletNames(conference, text.split(/\r\n|\r|\n/)), ...editorial.outlets]);
    const regionsOf = mentionsFor(tools);
    const pages = collect(() => layOut(conference, { ...editorial, outlets }, source, converters, script, regionsOf));
    if (!pages) continue;
    files.push(...pages);
    const report = {
      file: conference.file,
      id: conference.id,
      questions: conference.questions.length,
      joins: conference.joins,
      continuation: conference.continuation?.marker ?? null,
      edited: source !== undefined,
    };
    conferences.push({ file: path, report, pages: pages.map((page) => page.path), forms: formCountsText(formCountsOfPages(pages)) });
  }
  return { files, conferences, errors };
}

/**
 * Put the archive together from conferences built in parts and those reused: check it as a whole
 * (no two transcripts with one id) and make its script map.
 * @param paths every transcript of the archive but the reused ones, built or not
 */
export function assembleArchive(
  parts: readonly ConferencesBuilt[],
  paths: readonly string[],
  reused: readonly BuiltConference[],
  tools: ScriptTools = scriptTools,
): ArchiveResult {
  const errors: TranscriptError[] = [];
  const firstFileOfId = new Map<string, string>();
  const firstFileOfSkeleton = new Map<string, string>();
  for (const path of [...paths, ...reused.map((conference) => conference.file)].sort(compareText)) {
    const id = idOfPath(path);
    const other = firstFileOfId.get(id);
    const lookalike = firstFileOfSkeleton.get(lookalikeSkeleton(id));
    if (other) errors.push(transcriptError({ file: path, line: 1 }, messages.duplicateId(id, other)));
    else if (lookalike) errors.push(transcriptError({ file: path, line: 1 }, messages.lookalikeId(id, lookalike, idOfPath(lookalike))));
    else {
      firstFileOfId.set(id, path);
      firstFileOfSkeleton.set(lookalikeSkeleton(id), path);
    }
  }
  errors.push(...parts.flatMap((part) => part.errors));
  if (errors.length > 0) return { ok: false, errors };
  const conferences = [...parts.flatMap((part) => part.conferences), ...reused].sort((left, right) => compareText(left.file, right.file));
  const forms = conferences.reduce((total, conference) => addFormCounts(total, conference.forms), new Map() as FormCounts);
  // Taiwan's standard writes the traditional pages; a reader may type Hong Kong's variants too (衞生 for 衛生).
  const scriptMap = scriptMapFileOf(forms, [(text) => tools.toSimplified(text, 'tw'), (text) => tools.toSimplified(text, 'hk')]);
  return { ok: true, files: [...parts.flatMap((part) => part.files), scriptMap], reports: conferences.map((conference) => conference.report), conferences };
}

function layOut(
  conference: Conference,
  editorial: Editorial,
  source: SourceFile<string> | undefined,
  converters: Converters,
  sourceScript: Script,
  regionsOf: MentionFinder,
) {
  try {
    const mentions = new Map(conference.questions.map((question) => [question, regionsOf(question)]));
    return scripts.flatMap((script) =>
      conferencePages(conference, editorial, { script, sourceScript, convert: converters[script], sourceFile: conference.file, regionsOf: (question) => mentions.get(question) ?? { question: [], answer: [] } }),
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

/** Fail at the editorial file's line when a line it drops is not in the transcript. */
function checkDrops(conference: Conference, editorial: Editorial, source: SourceFile<string>): void {
  const dropped = new Set(conference.dropped.filter((entry) => entry.kind === 'editorial').map((entry) => entry.text));
  const missing = editorial.drop.find((entry) => ('text' in entry ? !dropped.has(entry.text) : ![...dropped].some((text) => text.startsWith(entry.startsWith))));
  if (!missing) return;
  const quoted = 'text' in missing ? missing.text : missing.startsWith;
  const line = source.content.split('\n').findIndex((text) => text.includes(quoted.slice(0, 20))) + 1;
  throw transcriptError({ file: source.path, line: Math.max(1, line) }, messages.dropNotFound(quoted));
}
