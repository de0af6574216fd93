import type { Question, SourceParagraph } from '../transcript/types';
import type { Correction } from './schema';

/** A run of paragraph text: as printed, or a marked correction of part of it. */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'correction'; original: string; corrected: string; correction: Correction };

/** Where a correction did not fit the transcript, for the caller to report at the correction's line. */
export class CorrectionMismatch extends Error {
  override name = 'CorrectionMismatch';
  constructor(
    message: string,
    readonly correction: Correction,
  ) {
    super(message);
  }
}

/** Split a paragraph into printed text and the corrections that fall inside it. */
export function segmentsOf(paragraph: SourceParagraph, corrections: readonly Correction[]): Segment[] {
  // Placed by where each change starts: quotes may overlap as long as the changed characters do not.
  const placed = corrections
    .map((correction) => {
      const change = narrowed(correction.original, correction.corrected);
      return { correction, change, start: paragraph.text.indexOf(correction.original) + change.before.length };
    })
    .sort((left, right) => left.start - right.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const { correction, change, start } of placed) {
    const { original, corrected } = change;
    if (start < cursor) throw new CorrectionMismatch(`corrections overlap in paragraph ${paragraph.id}`, correction);
    if (start > cursor) segments.push({ kind: 'text', text: paragraph.text.slice(cursor, start) });
    segments.push({ kind: 'correction', original, corrected, correction });
    cursor = start + original.length;
  }
  if (cursor < paragraph.text.length) segments.push({ kind: 'text', text: paragraph.text.slice(cursor) });
  return segments;
}

/** Trim the context both texts share, so only the changed characters are marked. */
export function narrowed(original: string, corrected: string) {
  let prefix = 0;
  while (prefix < original.length && prefix < corrected.length && original[prefix] === corrected[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < original.length - prefix &&
    suffix < corrected.length - prefix &&
    original[original.length - 1 - suffix] === corrected[corrected.length - 1 - suffix]
  ) {
    suffix++;
  }
  return {
    before: original.slice(0, prefix),
    original: original.slice(prefix, original.length - suffix),
    corrected: corrected.slice(prefix, corrected.length - suffix),
  };
}

/**
 * Find the one paragraph of a question each correction belongs to.
 * @returns corrections grouped by paragraph id
 * @throws CorrectionMismatch when the original text is missing or ambiguous
 */
export function placeCorrections(question: Question, corrections: readonly Correction[]): Map<string, Correction[]> {
  const byParagraph = new Map<string, Correction[]>();
  const paragraphs = [...question.question, ...question.answer];
  for (const correction of corrections) {
    const candidates = paragraphs.filter(
      (paragraph) => (correction.paragraph ?? paragraph.id) === paragraph.id && paragraph.text.includes(correction.original),
    );
    const where = correction.paragraph ? `paragraph ${correction.paragraph} of question ${question.number}` : `question ${question.number}`;
    const [only] = candidates;
    if (!only) throw new CorrectionMismatch(`"${correction.original}" does not occur in ${where}`, correction);
    const occurrences = only.text.split(correction.original).length - 1;
    if (candidates.length > 1 || occurrences > 1) {
      throw new CorrectionMismatch(`"${correction.original}" occurs more than once in ${where}; name the paragraph or quote more context`, correction);
    }
    byParagraph.set(only.id, [...(byParagraph.get(only.id) ?? []), correction]);
  }
  return byParagraph;
}
