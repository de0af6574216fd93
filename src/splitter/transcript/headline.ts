import { datelineOf } from '../../shared/transcript/dateline';
import { englishLabelOf, isEnglish } from './english';
import { speakerLabelOf } from './labels';
import type { NumberedLine } from './lines';
import { noiseKindOf } from '../../shared/transcript/noise';
import { endsSentence } from './page-breaks';

/** A transcript's headline: its lines joined, and the English title printed under it. */
export interface Headline {
  text: string;
  line: number;
  english?: string;
}

// `2024年10月21日外交部发言人林远` / `主持例行记者会`: a headline may be printed on two or three short lines.
const HEADLINE_LINE_LENGTH = 30;
const HEADLINE_LINES = 3;

/** Read the headline off the first lines, with the lines that continue it and an English title. */
export function readHeadline(lines: readonly NumberedLine[]): { headline: Headline; rest: NumberedLine[] } {
  const [first, ...rest] = lines;
  if (!first) throw new Error('readHeadline needs at least one line');
  const headline: Headline = { text: first.text, line: first.line };
  let count = 1;
  while (rest[0] && count < HEADLINE_LINES && continuesHeadline(headline.text, rest[0].text)) {
    headline.text += rest.shift()?.text ?? '';
    count++;
  }
  const english: string[] = [];
  // A Chinese headline may have its English title under it; an English transcript's lines are its text.
  const chinese = /\p{Script=Han}/u.test(headline.text);
  while (chinese && rest[0] && isEnglish(rest[0].text) && !speakerLabelOf(rest[0].text) && !englishLabelOf(rest[0].text)) english.push(rest.shift()?.text ?? '');
  if (english.length > 0) headline.english = english.join(' ');
  return { headline, rest };
}

function continuesHeadline(headline: string, next: string): boolean {
  return (
    !endsSentence(headline) &&
    [...next].length <= HEADLINE_LINE_LENGTH &&
    !endsSentence(next) &&
    !speakerLabelOf(next) &&
    !datelineOf(next) &&
    !noiseKindOf(next) &&
    !isEnglish(next)
  );
}

const LEADING_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日/u;

/** Read the date a headline starts with (`2024年10月21日外交部发言人…`), as ISO, or null. */
export function headlineDate(text: string): string | null {
  const match = LEADING_DATE.exec(text);
  if (!match) return null;
  const [, year = '', month = '', day = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

// `外交部发言人高远在例行记者招待会上答记者问`: the spokesperson named in the headline.
const NAMED_SPOKESPERSON = /(?:发言人|發言人)(\p{Script=Han}{2,3}?)(?=在|于|於|主持|答|就|举行|舉行|出席|介绍|介紹|$)/u;

/** Give the spokesperson a headline names, for transcripts that label answers `答`. */
export function spokespersonOf(headline: string): string | null {
  return NAMED_SPOKESPERSON.exec(headline)?.[1] ?? null;
}
