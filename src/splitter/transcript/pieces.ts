import { Cast, hostsNamedIn, type DeclaredSpeaker } from './cast';
import { englishLabelOf, isEnglish, withoutEnglishLabel } from './english';
import { headerBlocks, namesHost, type HeaderEntry } from './header-block';
import { headingKindOf } from './headings';
import { holdsHan, isReporter, labelKey, ownLineLabelOf, type SpeakerLabel, speakerLabelOf } from './labels';
import type { NumberedLine } from './lines';
import { clockOf, noiseKindOf, trailingEditor, trailingTime, type DroppedText } from '../../shared/transcript/noise';
import { continuesInto, endsSentence } from './page-breaks';
import { readLabels, type Candidate, type ReadingLog } from './reading';
import { speakersOf, type Speaker } from './speakers';
import { tailStart } from './tail';
import { checkUnlabelledQuestions } from './unlabelled-questions';
import type { PageBreakJoin } from '../../shared/transcript/types';

/** A paragraph of the body after noise is dropped and page breaks are re-joined. */
export interface Piece {
  text: string;
  line: number;
  continuedOn: number[];
  /** The speaker label the paragraph starts with, when it starts a turn. */
  speaker: SpeakerLabel | null;
  /** An English translation of the paragraph before it. */
  english: boolean;
  /** The paragraph is itself in English (a question asked in English, an English-only transcript). */
  lang?: 'en';
  /** A time stamp that ended the paragraph. */
  time?: string;
  /** A time stamp printed on its own line just before the paragraph. */
  timeBefore?: string;
}

/** A line an editorial file drops: the whole line, or every line that starts so. */
export type DropRule = { text: string; reason: string } | { startsWith: string; reason: string };

/** What an editorial file declares about speakers and lines, which detection cannot know. */
export interface SpeakerHints {
  /** Labels or names of hosts. */
  hosts?: readonly string[];
  /** Who speaks under a label (`答` → 高远), by name or with a title and role; each key is a label. */
  speakers?: ReadonlyMap<string, string | DeclaredSpeaker>;
  /** Text before a colon that is not a speaker's label (`我想强调三点`). */
  notSpeakers?: readonly string[];
  /** Whole lines that are headings, not speech. */
  headings?: readonly string[];
  /** Lines to leave out, each with its reason. */
  drop?: readonly DropRule[];
  /** The first line of a tail to leave out to the end. */
  dropFrom?: { text: string; reason: string };
  /** Starts of paragraphs that tell of a question but are the speaker's own words. */
  notQuestions?: readonly string[];
  /** Lines that start a question though no reporter's label says so. */
  questionStarts?: readonly { startsWith: string; questioner: string }[];
}

/** The body read: paragraphs with their labels, who each label stands for, what was left out. */
export interface Body {
  pieces: Piece[];
  joins: PageBreakJoin[];
  dropped: DroppedText[];
  speakers: Map<string, Speaker>;
  header: HeaderEntry[];
}

const noLog: ReadingLog = () => {};
const LABEL_BULLET = /^[▲△►▶■●◆★☆◇□○]\s{0,2}/u;
// `( 二 )`, `（2）`, `(2/3)`: the part of a page a repeated headline heads.
const PAGE_PART = /^\s{0,2}[（(]\s{0,2}[一二三四五六七八九十\d]{1,3}(?:\s{0,2}\/\s{0,2}\d{1,3})?\s{0,2}[)）]$/u;

/** Tell whether a line is the headline printed again, as portals do over each further page of a long text. */
function repeatsHeadline(text: string, headline: string): boolean {
  if (headline.length < 8 || !text.startsWith(headline.slice(0, Math.min(headline.length, 60)))) return false;
  const after = text.slice(headline.length);
  return text.length >= headline.length && (after === '' || PAGE_PART.test(after));
}

/**
 * Mark lines that are labels of their own without a colon (`新华社记者` above the question), where the
 * transcript shows that layout: two reporters' labels at least, each alone on its line before text.
 */
function markOwnLineLabels(candidates: Candidate[], log: ReadingLog): void {
  const alone = candidates.map((candidate, index) => {
    const next = candidates[index + 1];
    if (candidate.candidate || candidate.english || candidate.lang || !next || next.candidate) return null;
    return ownLineLabelOf(candidate.text);
  });
  const reporters = alone.filter((label) => label !== null && isReporter(labelKey(label.label))).length;
  if (reporters < 2) return;
  alone.forEach((label, index) => {
    const candidate = candidates[index];
    if (label && candidate) candidate.candidate = label;
  });
  log(candidates[0]?.line ?? 0, `labels on lines of their own without a colon: ${reporters} reporters' labels are printed so`);
}

/**
 * Turn the body's lines into paragraphs: noise, headings and tails dropped, labels read from the
 * evidence of the whole transcript, English told apart, print page breaks re-joined.
 * @param headline the headline, where names of speakers are printed
 */
export function readBody(lines: readonly NumberedLine[], hints: SpeakerHints, headline = '', file = 'transcript', log: ReadingLog = noLog): Body {
  const dropped: DroppedText[] = [];
  const { candidates, header } = cleanLines(lines, hints, dropped, log, headline);
  markOwnLineLabels(candidates, log);
  const englishIsText = englishStandsAlone(candidates);
  for (const candidate of candidates) {
    if (!candidate.english) continue;
    if (englishIsText) {
      candidate.english = false;
      candidate.lang = 'en';
      candidate.candidate = englishLabelOf(candidate.text);
    } else {
      candidate.text = withoutEnglishLabel(candidate.text);
      log(candidate.line, 'English: the translation of the paragraph before it');
    }
  }
  const cast = castOf(candidates, header, hints, headline);
  const { pieces: labelled, accepted } = readLabels(candidates, {
    cast,
    notSpeakers: new Set((hints.notSpeakers ?? []).map(labelKey)),
    file,
    log,
  });
  const persons = new Map([...accepted.values()].map(({ label, person }) => [label.label, person]));
  for (const [index, { label, evidence }] of accepted) log(candidates[index]?.line ?? 0, `label "${label.label}": ${evidence}`);
  const withoutHeadings = dropHeadings(labelled, hints, dropped, log);
  const { pieces, joins } = joinPieces(withoutHeadings, log);
  const speakers = speakersOf(pieces, persons, file, log);
  checkUnlabelledQuestions(pieces, speakers, file, hints.notQuestions);
  dropped.sort((left, right) => left.line - right.line);
  return { pieces, joins, dropped, speakers, header };
}

/** Turn the body's lines into paragraphs (see `readBody`), without the speakers. */
export function piecesOf(lines: readonly NumberedLine[], hints: SpeakerHints) {
  const { pieces, joins, dropped } = readBody(lines, hints);
  return { pieces, joins, dropped };
}

function cleanLines(lines: readonly NumberedLine[], hints: SpeakerHints, dropped: DroppedText[], log: ReadingLog, headline: string) {
  const dropRules = hints.drop ?? [];
  const tailFrom = hints.dropFrom ? lines.findIndex((numbered) => numbered.text === hints.dropFrom?.text) : -1;
  const asks = (text: string) => {
    const label = speakerLabelOf(text);
    return label !== null && isReporter(labelKey(label.label));
  };
  const tail = tailFrom >= 0 ? tailFrom : tailStart(lines, asks);
  const firstQuestion = lines.findIndex((numbered) => asks(numbered.text));
  const { entries: header, indexes: headerLines } = headerBlocks(lines.slice(0, firstQuestion < 0 ? lines.length : firstQuestion));
  const candidates: Candidate[] = [];
  let timeBefore: string | undefined;
  lines.forEach(({ text: raw, line }, index) => {
    const drop = (entry: DroppedText, why: string) => {
      dropped.push(entry);
      log(line, why);
    };
    const rule = dropRules.find((entry) => ('text' in entry ? entry.text === raw : raw.startsWith(entry.startsWith)));
    if (rule) return drop({ line, text: raw, kind: 'editorial', reason: rule.reason }, `dropped: editorial file (${rule.reason})`);
    if (index >= tail) {
      const reason = tailFrom >= 0 ? hints.dropFrom?.reason : undefined;
      return drop({ line, text: raw, kind: tailFrom >= 0 ? 'editorial' : 'tail', ...(reason ? { reason } : {}) }, index === tail ? 'dropped: a reprint\'s tail starts here, to the end' : 'dropped: reprint tail');
    }
    if (headerLines.has(index)) return drop({ line, text: raw, kind: 'header' }, 'header block: kept as metadata');
    if (repeatsHeadline(raw, headline)) return drop({ line, text: raw, kind: 'page-tools' }, 'dropped: the headline printed again over a further page');
    // `▲中央广播电视总台记者：…`: a bullet before a label marks the turn; before anything else, a photo.
    const unbulleted = raw.replace(LABEL_BULLET, '');
    const bulleted = unbulleted !== raw && speakerLabelOf(unbulleted) !== null;
    const kind = bulleted ? null : noiseKindOf(raw);
    if (kind) {
      if (kind === 'time') timeBefore = clockOf(raw) ?? undefined;
      return drop({ line, text: raw, kind }, `dropped: ${kind}`);
    }
    let text = bulleted ? unbulleted : raw;
    const editor = trailingEditor(text);
    if (editor) {
      dropped.push({ line, text: editor.tag, kind: 'editor' });
      text = editor.text;
    }
    const stamped = trailingTime(text);
    if (stamped) text = stamped.text;
    const start = hints.questionStarts?.find((entry) => text.startsWith(entry.startsWith));
    const read: SpeakerLabel | null = start ? { label: start.questioner, rest: text, form: 'plain' } : speakerLabelOf(text);
    // `Q1: The forum…` is English, its label read with the other English lines once the transcript is known bilingual or not.
    const shape = read && !holdsHan(read.label) && isEnglish(text) ? null : read;
    // `法新社记者（英文）：Thank you…`: a Chinese label before English words is a question asked in English.
    const english = shape === null && isEnglish(text);
    candidates.push({
      text,
      line,
      continuedOn: [],
      speaker: null,
      candidate: shape,
      english,
      ...(shape && isEnglish(shape.rest) ? { lang: 'en' as const } : {}),
      ...(stamped ? { time: stamped.time } : {}),
      ...(timeBefore ? { timeBefore } : {}),
    });
    timeBefore = undefined;
  });
  return { candidates, header };
}

/**
 * Tell whether English paragraphs are text of their own rather than translations: they are
 * translations only where the transcript is bilingual, English following Chinese paragraph after
 * paragraph; an English question in a Chinese transcript, or an English-only transcript, is text.
 */
function englishStandsAlone(candidates: readonly Candidate[]): boolean {
  let pairs = 0;
  let chinese = 0;
  candidates.forEach((candidate, index) => {
    if (candidate.english) {
      const previous = candidates[index - 1];
      if (previous && !previous.english && (previous.candidate?.rest ?? previous.text) !== '') pairs++;
    } else if ((candidate.candidate?.rest ?? candidate.text) !== '') chinese++;
  });
  return !(pairs >= 2 && pairs * 4 >= chinese);
}

/** Gather who the transcript knows before reading its labels: the headline, intro, header and editorial file. */
function castOf(candidates: readonly Candidate[], header: readonly HeaderEntry[], hints: SpeakerHints, headline: string): Cast {
  // Everything before the first question is where a transcript introduces who speaks.
  const firstQuestion = candidates.findIndex((candidate) => candidate.candidate !== null && isReporter(labelKey(candidate.candidate.label)));
  const intro = candidates.slice(0, firstQuestion < 0 ? candidates.length : firstQuestion).map((candidate) => candidate.text).join('\n');
  const declared = new Map(
    [...(hints.speakers ?? new Map<string, string | DeclaredSpeaker>())].map(([label, value]) => [label, typeof value === 'string' ? { name: value } : value] as const),
  );
  const cast = new Cast({
    headline,
    intro: [intro, ...header.map((entry) => entry.value)].join('\n'),
    hostNames: hostsNamedIn(intro),
    declared,
    declaredHosts: [...(hints.hosts ?? []), ...header.filter((entry) => namesHost(entry.key)).map((entry) => entry.value)],
  });
  // Titled labels name people before the turns are read, so `总统：` finds `总统吴志远` printed later.
  for (const candidate of candidates) if (candidate.candidate && candidate.candidate.form !== 'plain') cast.resolve(candidate.candidate.label);
  return cast;
}

function dropHeadings(pieces: readonly Piece[], hints: SpeakerHints, dropped: DroppedText[], log: ReadingLog): Piece[] {
  const declared = new Set(hints.headings ?? []);
  const firstTurn = pieces.findIndex((piece) => piece.speaker !== null);
  const printCuts = pieces.some((piece, index) => index > firstTurn && isPrintCut(piece, pieces[index + 1]));
  return pieces.filter((piece, index) => {
    const kind = declared.has(piece.text) && piece.speaker === null ? 'editorial' : headingKindOf(pieces, index, printCuts, firstTurn);
    if (!kind) return true;
    dropped.push({ line: piece.line, text: piece.text, kind: 'heading' });
    log(piece.line, kind === 'editorial' ? 'heading: editorial file' : `heading: ${kind}`);
    return false;
  });
}

/** Tell whether a paragraph was plainly cut by a print page break: mid-sentence, mid-clause, text after it. */
function isPrintCut(piece: Piece, next: Piece | undefined): boolean {
  return piece.speaker === null && !piece.english && next !== undefined && next.speaker === null && !next.english && /[，、,]/u.test(piece.text) && !endsSentence(piece.text);
}

function joinPieces(pieces: readonly Piece[], log: ReadingLog): { pieces: Piece[]; joins: PageBreakJoin[] } {
  const joined: Piece[] = [];
  const joins: PageBreakJoin[] = [];
  const openOf = (piece: Piece) => piece.text !== '' && !piece.english && piece.time === undefined && piece.lang === undefined;
  // The last line joined: whether a paragraph ends a sentence is told by its end, and reading the end of a
  // string built by joining would flatten it, line after line (quadratic on a long unpunctuated run).
  let lastLine = '';
  for (const next of pieces) {
    const previous = joined.at(-1);
    if (
      previous &&
      continuesInto(
        { ...previous, text: lastLine, open: openOf(previous) },
        { ...next, open: !next.english && next.lang === undefined && next.timeBefore === undefined, startsTurn: next.speaker !== null },
      )
    ) {
      previous.text += next.text;
      previous.continuedOn.push(next.line);
      if (next.time !== undefined) previous.time = next.time;
      joins.push({ line: previous.line, resumedOn: next.line });
      log(next.line, `joined to the paragraph of line ${previous.line}: it ends mid-sentence (a print page break)`);
    } else {
      joined.push({ ...next, continuedOn: [] });
    }
    lastLine = next.text;
  }
  return { pieces: joined, joins };
}

export type { Candidate };
