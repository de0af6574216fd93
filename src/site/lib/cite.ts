/**
 * Citations of one answer in the formats researchers use: GB/T 7714-2015, Chicago, APA, BibTeX,
 * RIS and CSL-JSON. Pure: the page renders them as text, so citing needs no script.
 *
 * One model for every style (README, "Citing"): the answer is a contribution by its speakers to a
 * press conference (the event, named by its headline), published by the transcript's source, and
 * read on this site at the page's address. The title is the heading this site gives the question,
 * described as an answer to question N, never presented as the speaker's own title.
 */
import type { Script } from '../../shared/content/schema';
import { useStrings } from '../i18n/strings';

/** What a citation says about one answer. */
export interface CitedAnswer {
  /** Who answered (display names). */
  speakers: readonly string[];
  /** The question's heading on this site. */
  topic: string;
  /** The conference's headline. */
  conference: string;
  /** 1-based question number. */
  number: number;
  /** Who published the transcript (`新华社`), when known. */
  publisher?: string;
  /** ISO date of the conference. */
  date: string;
  /** Absolute address of the question page. */
  url: string;
  /** A key for reference managers (`2024-03-07-wang-yi-05`). */
  key: string;
  /** The script of the page cited: the script of the words the citation adds. */
  script: Script;
}

/** The citation formats, in the order a page lists them. */
export const citationFormats = ['gbt7714', 'chicago', 'apa', 'bibtex', 'ris', 'csl'] as const;
export type CitationFormat = (typeof citationFormats)[number];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Put editorial text on one line: a line break would end a RIS field or start a new record. */
const oneLine = (text: string) =>
  text
    .replace(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g, '')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim();
/** Give a heading as a title: a title does not end with a full stop or a pause. */
const titleOf = (text: string) => oneLine(text).replace(/[。，、；：,;:]+$/u, '');
/** End a part of a citation with a full stop unless it already ends with a stop of its own. */
const period = (text: string) => (/[.?!。？！…]$/u.test(text) ? text : `${text}.`);
/** Join names as English prose does: `A and B`, `A, B, and C` (`&` for APA). */
function listed(names: readonly string[], and: string): string {
  if (names.length < 3) return names.join(` ${and} `);
  return `${names.slice(0, -1).join(', ')}, ${and} ${names.at(-1)}`;
}
/** Escape for BibTeX: its brace counting ignores backslashes, so braces become commands too. */
const tex = (text: string) =>
  oneLine(text).replace(/[\\{}~^%&$#_]/g, (character) =>
    ({ '\\': '\\textbackslash{}', '{': '\\textbraceleft{}', '}': '\\textbraceright{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' })[character] ??
    `\\${character}`,
  );
/** Keep a BibTeX name whole: a comma or " and " would split it. */
const texName = (name: string) => (/,|\sand\s/i.test(oneLine(name)) ? `{${tex(name)}}` : tex(name));

/** Describe what is cited, in English as the English styles and reference managers' "type" read it. */
const description = (number: number) => `Answer to question ${number} at a press conference`;

/** Format one answer's citation; `accessed` (ISO) is the date GB/T 7714 asks for, left for the reader when not given. */
export function citation(answer: CitedAnswer, format: CitationFormat, accessed?: string): string {
  const [year = 0, month = 1, day = 1] = answer.date.split('-').map(Number);
  const t = useStrings(answer.script);
  const speakers = answer.speakers.map(oneLine);
  const title = titleOf(answer.topic);
  const conference = titleOf(answer.conference);
  const publisher = answer.publisher && oneLine(answer.publisher);
  switch (format) {
    case 'gbt7714': {
      const authors = speakers.length > 3 ? `${speakers.slice(0, 3).join(', ')}, 等` : speakers.join(', ');
      const place = `${answer.date}: ${t('question.short', { number: answer.number })}[${accessed ?? t('cite.accessed')}]`;
      return `${period(authors)} ${title}[EB/OL]//${period(conference)} ${publisher ? `${publisher}, ` : ''}${place}. ${answer.url}.`;
    }
    case 'chicago': {
      const date = `${MONTHS[month - 1]} ${day}, ${year}`;
      return `${period(listed(speakers, 'and'))} “${period(title)}” Answer to question ${answer.number} at the press conference ${period(conference)} ${publisher ? `${publisher}, ` : ''}${date}. ${answer.url}.`;
    }
    case 'apa':
      return `${period(listed(speakers, '&'))} (${year}, ${MONTHS[month - 1]} ${day}). ${title} [${description(answer.number)}]. ${publisher ? `${period(publisher)} ` : ''}${period(conference)} ${answer.url}`;
    case 'bibtex':
      return [
        `@misc{${answer.key},`,
        `  author = {${speakers.map(texName).join(' and ')}},`,
        `  title = {${tex(title)}},`,
        `  howpublished = {Answer to question ${answer.number} at the press conference ${tex(conference)}},`,
        ...(publisher ? [`  note = {Transcript published by ${tex(publisher)}},`] : []),
        `  year = {${year}},`,
        `  month = ${MONTHS[month - 1]!.slice(0, 3).toLowerCase()},`,
        `  url = {${answer.url}},`,
        '}',
      ].join('\n');
    case 'ris':
      return [
        'TY  - GEN',
        ...speakers.map((speaker) => `AU  - ${speaker}`),
        `TI  - ${title}`,
        `T2  - ${conference}`,
        `M3  - ${description(answer.number)}`,
        ...(publisher ? [`PB  - ${publisher}`] : []),
        `DA  - ${answer.date.replaceAll('-', '/')}`,
        `PY  - ${year}`,
        `UR  - ${answer.url}`,
        `LA  - ${answer.script}`,
        'ER  - ',
      ].join('\n');
    case 'csl':
      return JSON.stringify(
        [
          {
            id: answer.key,
            type: 'speech',
            title,
            genre: description(answer.number),
            author: speakers.map((speaker) => ({ literal: speaker })),
            'event-title': conference,
            ...(publisher ? { publisher } : {}),
            issued: { 'date-parts': [[year, month, day]] },
            URL: answer.url,
            language: answer.script,
          },
        ],
        null,
        2,
      );
  }
}
