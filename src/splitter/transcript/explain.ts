import { TranscriptError } from './errors';
import { parseTranscript } from './parse';
import type { SpeakerHints } from './pieces';
import type { Conference, SourceParagraph, Turn } from '../../shared/transcript/types';

/**
 * How every line of a transcript was read, for an editor checking a new source before publishing it
 * (`npm run split -- --explain <file>`): label or text, speaker and role with the evidence, noise
 * kind, page breaks joined, and where each paragraph ended up.
 */

const EXCERPT = 36;

/** Explain how a transcript's lines were read, one line of output per source line; the error last if it fails. */
export function explainTranscript(text: string, file: string, hints: SpeakerHints = {}): { lines: string[]; error: TranscriptError | null } {
  const readings = new Map<number, string[]>();
  const note = (line: number, reading: string) => readings.set(line, [...(readings.get(line) ?? []), reading]);
  let conference: Conference | null = null;
  let error: TranscriptError | null = null;
  try {
    conference = parseTranscript(text, file, hints, note);
  } catch (caught) {
    if (!(caught instanceof TranscriptError)) throw caught;
    error = caught;
  }
  const general = readings.get(0) ?? [];
  const placed = conference ? placements(conference) : new Map<number, string>();
  const lines = [`${file}: how each line was read`, ...general.map((reading) => `       ${reading}`)];
  text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u).forEach((raw, index) => {
    const line = index + 1;
    const source = raw.trim();
    if (source === '') return;
    const parts = [...(readings.get(line) ?? []), ...(placed.has(line) ? [placed.get(line) ?? ''] : [])];
    lines.push(`${String(line).padStart(5)}  ${excerpt(source)}`, ...parts.map((part) => `         → ${part}`));
  });
  if (error) lines.push('', `stopped: ${error.message}`);
  return { lines, error };
}

function excerpt(text: string): string {
  const characters = [...text];
  return characters.length <= EXCERPT ? text : `${characters.slice(0, EXCERPT - 1).join('')}…`;
}

/** Where each source line ended up: its paragraph id, its question and its speaker. */
function placements(conference: Conference): Map<number, string> {
  const placed = new Map<number, string>();
  const put = (paragraph: SourceParagraph, where: string) => {
    const english = paragraph.english.length > 0 ? ', with its English' : '';
    const lang = paragraph.lang === 'en' ? ', in English' : '';
    placed.set(paragraph.line, `${paragraph.id}: ${where}${english}${lang}`);
    for (const line of paragraph.continuedOn) placed.set(line, `${paragraph.id} goes on here (joined across a page break)`);
    for (const translation of paragraph.english) placed.set(translation.line, `${paragraph.id}: English translation`);
  };
  const turnText = (turn: Turn) => `${turn.role === 'reporter' ? 'asked by' : turn.role === 'host' ? 'said by the host,' : 'answered by'} ${turn.speaker}${turn.title ? ` (${turn.title})` : ''}`;
  placed.set(conference.headline.line, conference.headline.english ? 'headline (an English title follows)' : 'headline');
  for (const paragraph of conference.lead) put(paragraph, 'lead (before anyone speaks)');
  for (const turn of conference.opening) for (const paragraph of turn.paragraphs) put(paragraph, `opening, ${turnText(turn)}`);
  for (const question of conference.questions) {
    for (const turn of question.turns) for (const paragraph of turn.paragraphs) put(paragraph, `question ${question.number}, ${turnText(turn)}`);
  }
  for (const turn of conference.closing) for (const paragraph of turn.paragraphs) put(paragraph, `closing, ${turnText(turn)}`);
  return placed;
}
