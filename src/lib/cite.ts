/**
 * Citations of one answer in the formats researchers use: GB/T 7714-2015, Chicago, APA, BibTeX,
 * RIS and CSL-JSON. Pure: the page renders them as text, so citing needs no script.
 */

/** What a citation says about one answer. */
export interface CitedAnswer {
  /** Who answered (display names). */
  speakers: readonly string[];
  /** The question's topic, the page heading. */
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
}

/** The citation formats, in the order a page lists them. */
export const citationFormats = ['gbt7714', 'chicago', 'apa', 'bibtex', 'ris', 'csl'] as const;
export type CitationFormat = (typeof citationFormats)[number];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateParts(date: string): [number, number, number] {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return [year, month, day];
}

const authors = (answer: CitedAnswer) => answer.speakers.join(', ');
const title = (answer: CitedAnswer) => `${answer.topic}（${answer.conference}，第${answer.number}问）`;
/** Escape the characters BibTeX reads as syntax. */
const bibtex = (text: string) => text.replace(/[\\{}%&$#_^~]/g, (character) => `\\${character}`);

/** Format one answer's citation. */
export function citation(answer: CitedAnswer, format: CitationFormat): string {
  const [year, month, day] = dateParts(answer.date);
  const publisher = answer.publisher;
  switch (format) {
    case 'gbt7714':
      return `${authors(answer)}. ${title(answer)}[EB/OL]. ${publisher ? `${publisher}, ` : ''}${answer.date}. ${answer.url}.`;
    case 'chicago':
      return `${authors(answer)}. “${answer.topic}.” ${answer.conference}, question ${answer.number}. ${publisher ? `${publisher}, ` : ''}${MONTHS[month - 1]} ${day}, ${year}. ${answer.url}.`;
    case 'apa':
      return `${authors(answer)}. (${year}, ${MONTHS[month - 1]} ${day}). ${answer.topic} [Press conference answer]. ${answer.conference}.${publisher ? ` ${publisher}.` : ''} ${answer.url}`;
    case 'bibtex':
      return [
        `@misc{${answer.key},`,
        `  author = {${answer.speakers.map(bibtex).join(' and ')}},`,
        `  title = {${bibtex(answer.topic)}},`,
        `  howpublished = {${bibtex(answer.conference)}, question ${answer.number}},`,
        ...(publisher ? [`  publisher = {${bibtex(publisher)}},`] : []),
        `  year = {${year}},`,
        `  date = {${answer.date}},`,
        `  url = {${answer.url}},`,
        '}',
      ].join('\n');
    case 'ris':
      return [
        'TY  - GEN',
        ...answer.speakers.map((speaker) => `AU  - ${speaker}`),
        `TI  - ${answer.topic}`,
        `T2  - ${answer.conference}`,
        `SE  - ${answer.number}`,
        ...(publisher ? [`PB  - ${publisher}`] : []),
        `DA  - ${answer.date.replaceAll('-', '/')}`,
        `PY  - ${year}`,
        `UR  - ${answer.url}`,
        'ER  - ',
      ].join('\n');
    case 'csl':
      return JSON.stringify(
        {
          id: answer.key,
          type: 'speech',
          title: answer.topic,
          author: answer.speakers.map((speaker) => ({ literal: speaker })),
          'container-title': answer.conference,
          'collection-number': answer.number,
          ...(publisher ? { publisher } : {}),
          issued: { 'date-parts': [[year, month, day]] },
          URL: answer.url,
        },
        null,
        2,
      );
  }
}
