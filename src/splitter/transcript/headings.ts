import { isReporter, labelKey } from './labels';
import { endsSentence } from './page-breaks';
import type { Piece } from './pieces';

/**
 * Headings among the turns: an editor's topic line before a question (`经济形势`, `关于稳增长：`) and
 * subheadings inside an answer (`一、坚持稳中求进`). Nobody says them, so they stay out of the text.
 */

// No sentence inside: a heading holds at most an enumeration comma, quotes and brackets.
const UNPUNCTUATED = /^[^，。！？；：,.!?;:]{1,30}$/u;
const TOPIC = /^[^，。！？；,.!?;]{1,20}[：:]$/u;
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]{1,3}(?:[，、]|部分))/u;
const BRACKETED = /^[【［\[][^】］\]]{1,30}[】］\]]$/u;
// A topic line inside an answer is short and does not open a sentence (`我想强调三点：` does).
const OPENS_SENTENCE = /^(?:[我你您他她它这這那此其对對就但而且因所如若虽雖总總请請])/u;
const SUBHEADING_LENGTH = 24;
const TOPIC_IN_ANSWER_LENGTH = 10;

/**
 * Tell whether a paragraph is a heading and of what kind, or null.
 * @param printCuts whether the transcript has paragraphs cut by print page breaks, where a short
 *   unpunctuated line is more likely the first part of a cut paragraph than a subheading
 * @param firstTurn the index of the first labelled paragraph: before it comes the lead, which holds no headings
 */
export function headingKindOf(pieces: readonly Piece[], index: number, printCuts: boolean, firstTurn: number): string | null {
  const piece = pieces[index];
  if (!piece || piece.speaker !== null || piece.english || piece.lang !== undefined) return null;
  if (firstTurn < 0 || index < firstTurn) return null;
  const next = pieces[index + 1];
  const previous = pieces[index - 1];
  const beforeQuestion = next?.speaker != null && isReporter(labelKey(next.speaker.label));
  const text = piece.text;
  if (beforeQuestion && (UNPUNCTUATED.test(text) || TOPIC.test(text))) return 'a topic line before a question';
  const betweenParagraphs = next !== undefined && next.speaker === null && (previous === undefined || previous.text === '' || endsSentence(previous.text));
  if (!betweenParagraphs) return null;
  if (BRACKETED.test(text)) return 'a bracketed subheading';
  if (TOPIC.test(text) && [...text].length <= TOPIC_IN_ANSWER_LENGTH && !OPENS_SENTENCE.test(text)) return 'a topic line inside an answer';
  if (!UNPUNCTUATED.test(text) || [...text].length > SUBHEADING_LENGTH || /[：:]$/u.test(text)) return null;
  if (NUMBERED.test(text)) return 'a numbered subheading';
  return printCuts ? null : 'a short line with no sentence in it, between paragraphs';
}
