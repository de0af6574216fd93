import type { Cast, Person } from './cast';
import { messages, transcriptError } from './errors';
import { endsInTitle, gluedMarkerOf, holdsHan, isAnswerLabel, isHostLabel, isReporter, labelKey, type SpeakerLabel } from './labels';
import { looksLikeName } from './names';
import type { Piece } from './pieces';

/**
 * Which `X：` openings are speakers, decided from the whole transcript: a label is a speaker's because
 * its words say so (`…记者`, `问`, `答`, `主持人`), because it names someone the text knows, because it
 * recurs, or because it fits the turn-taking (it answers a reporter, or takes the floor a host gives).
 * A label that fits none of these and could still be a name stops the split with what would settle it.
 */

/** Write down how a line was read, for `npm run split -- --explain`. */
export type ReadingLog = (line: number, reading: string) => void;

/** A paragraph before labels are decided: the label shape it may start with. */
export interface Candidate extends Piece {
  candidate: SpeakerLabel | null;
}

/** What decides the labels: who is known, what the editorial file says, where errors point. */
export interface LabelContext {
  cast: Cast;
  /** Text before a colon the editorial file says is not a label (`我想强调三点`). */
  notSpeakers: ReadonlySet<string>;
  file: string;
  log: ReadingLog;
}

/** A label taken as a speaker's, with the person it stands for when known. */
export interface AcceptedLabel {
  label: SpeakerLabel;
  person: Person | null;
  /** Why it was taken, for `--explain`. */
  evidence: string;
}

// A bare name may be printed where a person takes the floor: two to four Han, not a word that opens a sentence.
const NAME_SHAPED = /^\p{Script=Han}{2,4}$/u;
const OPENS_SENTENCE = /^(?:[我你您他她它这這那此其对對就但而且因所如若虽雖总總第一二三四五六七八九十首另同请請问問答各各据據关關至于於从從在当當])/u;

/** Decide which candidates start a turn; give the pieces with their labels and each accepted label. */
export function readLabels(candidates: readonly Candidate[], context: LabelContext): { pieces: Piece[]; accepted: Map<number, AcceptedLabel> } {
  const counts = new Map<string, number>();
  for (const { candidate } of candidates) if (candidate) counts.set(labelKey(candidate.label), (counts.get(labelKey(candidate.label)) ?? 0) + 1);
  const glued = gluedMarkersShown(candidates);
  const accepted = new Map<number, AcceptedLabel>();
  let previous: 'reporter' | 'host' | 'official' | null = null;
  let lastNotHost: 'reporter' | 'official' | null = null;
  const pieces = candidates.map(({ candidate: shaped, ...piece }, index) => {
    const candidate = shaped ?? (glued && !piece.english ? gluedMarkerOf(piece.text) : null);
    if (!candidate) return piece;
    const key = labelKey(candidate.label);
    if (context.notSpeakers.has(key) || context.notSpeakers.has(candidate.label)) {
      context.log(piece.line, `text: "${candidate.label}" is not a label (editorial notSpeakers)`);
      return piece;
    }
    const next = candidates[index + 1];
    const decision = decide(candidate, key, {
      count: counts.get(key) ?? 0,
      previous,
      lastNotHost,
      nextIsLabel: next?.candidate != null,
      cast: context.cast,
    });
    if (decision.kind === 'text') {
      if (decision.why) context.log(piece.line, `text: "${candidate.label}：" ${decision.why}`);
      return piece;
    }
    if (decision.kind === 'ambiguous') {
      throw transcriptError({ file: context.file, line: piece.line }, messages.ambiguousLabel(candidate.label, decision.why));
    }
    accepted.set(index, { label: candidate, person: decision.person, evidence: decision.why });
    const role = roleHint(key, decision.person);
    previous = role;
    if (role !== 'host') lastNotHost = role;
    return { ...piece, text: candidate.rest, speaker: candidate };
  });
  return { pieces, accepted };
}

type Decision =
  | { kind: 'label'; person: Person | null; why: string }
  | { kind: 'text'; why?: string }
  | { kind: 'ambiguous'; why: string };

interface Position {
  count: number;
  previous: 'reporter' | 'host' | 'official' | null;
  lastNotHost: 'reporter' | 'official' | null;
  nextIsLabel: boolean;
  cast: Cast;
}

function decide(candidate: SpeakerLabel, key: string, position: Position): Decision {
  if (isReporter(key)) return { kind: 'label', person: null, why: 'a reporter\'s label' };
  if (isHostLabel(key)) return { kind: 'label', person: position.cast.resolve(candidate.label), why: 'a host\'s label (主持)' };
  const person = position.cast.resolve(candidate.label);
  // A line of its own is a label only when it says who speaks; anything else on such a line is text.
  if (candidate.form === 'line') return person ? { kind: 'label', person, why: `a line of its own naming ${person.key} (${person.source})` } : { kind: 'text' };
  if (isAnswerLabel(key)) return { kind: 'label', person, why: person ? `an answer label; ${person.key} answers (${person.source})` : 'an answer label' };
  if (person) return { kind: 'label', person, why: `names ${person.key} (${person.source})` };
  if (candidate.form === 'announces') return { kind: 'label', person: null, why: 'a spokesperson\'s announcement' };
  // English labels are capitalised words before a colon (`CCTV:`, `Lin Yuan:`); a sentence is not.
  if (!holdsHan(key)) return { kind: 'label', person: null, why: 'an English label' };
  const nameLike = looksLikeName(key);
  const nameShaped = nameLike || (NAME_SHAPED.test(key) && !OPENS_SENTENCE.test(key));
  const titleLike = endsInTitle(key);
  const floorGiven = position.lastNotHost === 'reporter' || position.previous === 'host' || position.previous === null;
  const answering = position.lastNotHost === 'reporter' && position.previous !== 'official';
  if ((nameShaped || titleLike || (answering && !OPENS_SENTENCE.test(key))) && floorGiven) {
    const where = position.lastNotHost === 'reporter' ? 'answers a reporter' : position.previous === 'host' ? 'takes the floor after the host' : 'speaks before anyone else';
    return { kind: 'label', person: null, why: `${nameShaped ? 'a name' : titleLike ? 'a title' : 'a label'} that ${where}` };
  }
  if (position.count > 1 && (nameLike || titleLike || candidate.rest === '' || candidate.form !== 'plain')) {
    return { kind: 'label', person: null, why: `printed ${position.count} times` };
  }
  if (candidate.rest === '' && !nameLike && !titleLike) return { kind: 'text', why: 'names no one and no one speaks after it: a heading' };
  if (candidate.form === 'bracket' && !nameLike && !titleLike) return { kind: 'text', why: 'a bracketed heading that names no one' };
  if (nameLike || titleLike) {
    return {
      kind: 'ambiguous',
      why: `"${candidate.label}" appears once, inside an official's answer, and names no one the transcript knows`,
    };
  }
  return { kind: 'text' };
}

/** The role a label gives its turn before the turn-taking of the whole transcript is weighed. */
function roleHint(key: string, person: Person | null): 'reporter' | 'host' | 'official' {
  if (isReporter(key)) return 'reporter';
  if (isHostLabel(key) || person?.stated === 'host') return 'host';
  return 'official';
}

/** Tell whether a transcript prints `问…`/`答…` glued to their text: both, each at least twice, taking turns. */
function gluedMarkersShown(candidates: readonly Candidate[]): boolean {
  const markers = candidates.flatMap((piece) => (piece.candidate ? [] : [gluedMarkerOf(piece.text)?.label ?? null])).filter((label) => label !== null);
  const asks = markers.filter((label) => label !== '答').length;
  const answers = markers.length - asks;
  if (asks < 2 || answers < 2) return false;
  let alternations = 0;
  markers.forEach((label, index) => {
    if (index > 0 && (label === '答') !== (markers[index - 1] === '答')) alternations++;
  });
  return alternations >= Math.min(asks, answers);
}
