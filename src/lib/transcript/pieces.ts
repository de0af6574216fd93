import { isEnglish, withoutEnglishLabel } from './english';
import { endsInTitle, isAnswerLabel, isHostLabel, isReporter, nameAndTitle, speakerLabelOf, type SpeakerLabel } from './labels';
import type { NumberedLine } from './lines';
import { clockOf, noiseKindOf, trailingEditor, trailingTime, type DroppedText } from './noise';
import { continuesInto } from './page-breaks';
import type { PageBreakJoin } from './types';

/** A paragraph of the body after noise is dropped and page breaks are re-joined. */
export interface Piece {
  text: string;
  line: number;
  continuedOn: number[];
  /** The speaker label the paragraph starts with, when it starts a turn. */
  speaker: SpeakerLabel | null;
  /** An English translation of the paragraph before it. */
  english: boolean;
  /** A time stamp that ended the paragraph. */
  time?: string;
  /** A time stamp printed on its own line just before the paragraph. */
  timeBefore?: string;
}

/** What an editorial file declares about speakers and lines, which detection cannot know. */
export interface SpeakerHints {
  /** Labels or names of hosts. */
  hosts?: readonly string[];
  /** Names for labels (`答` → 高远). */
  speakers?: ReadonlyMap<string, string>;
  /** Whole lines to leave out, each with its reason. */
  drop?: readonly { text: string; reason: string }[];
}

/** Turn the body's lines into paragraphs: noise dropped, labels read, English marked, page breaks re-joined. */
export function piecesOf(lines: readonly NumberedLine[], hints: SpeakerHints) {
  const dropped: DroppedText[] = [];
  const candidates = cleanLines(lines, hints, dropped);
  const accepted = acceptLabels(candidates, hints);
  const { pieces, joins } = joinPieces(accepted);
  return { pieces, joins, dropped };
}

interface Candidate extends Piece {
  candidate: SpeakerLabel | null;
}

function cleanLines(lines: readonly NumberedLine[], hints: SpeakerHints, dropped: DroppedText[]): Candidate[] {
  const dropByText = new Map((hints.drop ?? []).map((entry) => [entry.text, entry.reason]));
  const candidates: Candidate[] = [];
  let timeBefore: string | undefined;
  for (const { text: raw, line } of lines) {
    const reason = dropByText.get(raw);
    if (reason !== undefined) {
      dropped.push({ line, text: raw, kind: 'editorial', reason });
      continue;
    }
    const kind = noiseKindOf(raw);
    if (kind) {
      dropped.push({ line, text: raw, kind });
      if (kind === 'time') timeBefore = clockOf(raw) ?? undefined;
      continue;
    }
    let text = raw;
    const editor = trailingEditor(text);
    if (editor) {
      dropped.push({ line, text: editor.tag, kind: 'editor' });
      text = editor.text;
    }
    const stamped = trailingTime(text);
    if (stamped) text = stamped.text;
    const english = isEnglish(text);
    candidates.push({
      text: english ? withoutEnglishLabel(text) : text,
      line,
      continuedOn: [],
      speaker: null,
      candidate: english ? null : speakerLabelOf(text),
      english,
      ...(stamped ? { time: stamped.time } : {}),
      ...(timeBefore ? { timeBefore } : {}),
    });
    timeBefore = undefined;
  }
  return candidates;
}

/**
 * Decide which `X：` openings are speakers. A label in brackets, with a title and a name, standing
 * alone, printed twice, ending in a title, naming a reporter or host, declared, or answering a
 * reporter is a speaker; anything else (`我想强调三点：`) is text.
 */
// A bare name answering a reporter (`郑远：`): two to four Han characters.
const NAME = /^\p{Script=Han}{2,4}$/u;

function acceptLabels(candidates: readonly Candidate[], hints: SpeakerHints): Piece[] {
  const counts = new Map<string, number>();
  for (const { candidate } of candidates) if (candidate) counts.set(candidate.label, (counts.get(candidate.label) ?? 0) + 1);
  // Names printed in full labels (`商务部部长 王海`) may come back alone (`王海：`).
  const names = candidates.flatMap(({ candidate }) => (candidate && candidate.form !== 'plain' ? [nameAndTitle(candidate.label).name ?? candidate.label] : []));
  const declared = new Set([...(hints.hosts ?? []), ...(hints.speakers?.keys() ?? []), ...(hints.speakers?.values() ?? []), ...names]);
  let afterReporter = false;
  return candidates.map(({ candidate, ...piece }) => {
    const isSpeaker =
      candidate !== null &&
      (candidate.form !== 'plain' ||
        (candidate.rest === '' && NAME.test(candidate.label)) ||
        (counts.get(candidate.label) ?? 0) > 1 ||
        declared.has(candidate.label) ||
        isReporter(candidate.label) ||
        isHostLabel(candidate.label) ||
        isAnswerLabel(candidate.label) ||
        endsInTitle(candidate.label) ||
        (afterReporter && NAME.test(candidate.label)));
    if (!isSpeaker || !candidate) return piece;
    afterReporter = isReporter(candidate.label);
    return { ...piece, text: candidate.rest, speaker: candidate };
  });
}

function joinPieces(pieces: readonly Piece[]): { pieces: Piece[]; joins: PageBreakJoin[] } {
  const joined: Piece[] = [];
  const joins: PageBreakJoin[] = [];
  const openOf = (piece: Piece) => piece.text !== '' && !piece.english && piece.time === undefined;
  for (const next of pieces) {
    const previous = joined.at(-1);
    if (
      previous &&
      continuesInto(
        { ...previous, open: openOf(previous) },
        { ...next, open: !next.english && next.timeBefore === undefined, startsTurn: next.speaker !== null },
      )
    ) {
      previous.text += next.text;
      previous.continuedOn.push(next.line);
      if (next.time !== undefined) previous.time = next.time;
      joins.push({ line: previous.line, resumedOn: next.line });
    } else {
      joined.push({ ...next, continuedOn: [] });
    }
  }
  return { pieces: joined, joins };
}
