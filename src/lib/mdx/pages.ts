import { stringify } from 'yaml';
import { placeCorrections, segmentsOf, type Segment } from '../editorial/corrections';
import type { Correction, Editorial } from '../editorial/schema';
import {
  conferenceSchema,
  questionSchema,
  type ConferenceFrontmatter,
  type QuestionFrontmatter,
  type Script,
} from '../content/schema';
import { firstSentence, padNumber, truncate } from '../text';
import type { Conference, Question, SourceParagraph } from '../transcript/types';
import { HASH_PLACEHOLDER, stampHash } from './hash';
import { mdxText } from './literal';

/** A file to write under the generated-content folder. */
export interface GeneratedFile {
  /** Path relative to the generated-content folder, `/`-separated. */
  path: string;
  text: string;
}

/** What the pages of one script need besides the parsed transcript. */
export interface PageOptions {
  script: Script;
  /** Converts text into the page's script (identity for simplified). */
  convert: (text: string) => string;
  /** The transcript's path as recorded in frontmatter. */
  sourceFile: string;
}

/** Corrections of one page, by paragraph, each with the id of its note (`c1`). */
interface PlacedCorrections {
  byParagraph: ReadonlyMap<string, Correction[]>;
  noteIds: ReadonlyMap<Correction, string>;
}

const DERIVED_TOPIC_LENGTH = 24;
const NO_CORRECTIONS: PlacedCorrections = { byParagraph: new Map(), noteIds: new Map() };

/** Lay out a conference as MDX: one page for the conference and one per question. */
export function conferencePages(conference: Conference, editorial: Editorial, options: PageOptions): GeneratedFile[] {
  const folder = `${options.script.toLowerCase()}/${conference.id}`;
  const count = conference.questions.length;
  return [
    { path: `${folder}/index.mdx`, text: conferencePage(conference, editorial, options) },
    ...conference.questions.map((question) => ({
      path: `${folder}/${padNumber(question.number, count)}.mdx`,
      text: questionPage(conference, question, editorial, options),
    })),
  ];
}

function conferencePage(conference: Conference, editorial: Editorial, options: PageOptions): string {
  const { convert } = options;
  const { continuation } = conference;
  const frontmatter: ConferenceFrontmatter = conferenceSchema.parse({
    conference: conference.id,
    date: conference.date,
    script: options.script,
    answerer: convert(conference.answerer),
    source: { file: options.sourceFile, line: conference.headline.line },
    hash: HASH_PLACEHOLDER,
    headline: convert(conference.headline.text),
    dateline: convert(conference.dateline.label),
    questionCount: conference.questions.length,
    questionsAnswered: editorial.questionsAnswered,
    continuation: continuation && { ...continuation, marker: convert(continuation.marker), page: convert(continuation.page) },
    joins: conference.joins,
  });
  const body = [turn('lead', null, conference.lead, NO_CORRECTIONS, convert)];
  if (conference.opening.length > 0) body.push(turn('opening', conference.answerer, conference.opening, NO_CORRECTIONS, convert));
  return page(frontmatter, body);
}

function questionPage(conference: Conference, question: Question, editorial: Editorial, options: PageOptions): string {
  const { convert } = options;
  const corrections = placedCorrections(question, editorial);
  const editedTopic = editorial.topics[String(question.number)];
  const questionText = question.question.map((paragraph) => paragraph.text).join('');
  const frontmatter: QuestionFrontmatter = questionSchema.parse({
    conference: conference.id,
    date: conference.date,
    script: options.script,
    answerer: convert(conference.answerer),
    source: { file: options.sourceFile, line: question.line },
    hash: HASH_PLACEHOLDER,
    number: question.number,
    questionCount: conference.questions.length,
    questioner: convert(question.questioner),
    outlet: convert(question.outlet),
    outletEnglish: editorial.outlets[question.outlet],
    topic: convert(editedTopic ?? truncate(firstSentence(questionText), DERIVED_TOPIC_LENGTH)),
    topicEdited: editedTopic !== undefined,
    questionExcerpt: convert(firstSentence(questionText)),
    answerExcerpt: convert(firstSentence(question.answer[0]?.text ?? '')),
    corrections: [...corrections.noteIds].map(([correction, id]) => ({
      id,
      paragraph: [...corrections.byParagraph].find(([, list]) => list.includes(correction))?.[0],
      original: convert(correction.original),
      corrected: convert(correction.corrected),
      reason: convert(correction.reason),
      source: convert(correction.source),
    })),
  });
  return page(frontmatter, [
    turn('question', question.questioner, question.question, corrections, convert),
    turn('answer', conference.answerer, question.answer, corrections, convert),
  ]);
}

/** Place a question's corrections and number them in reading order, so the page can link each to its note. */
function placedCorrections(question: Question, editorial: Editorial): PlacedCorrections {
  const own = editorial.corrections.filter((correction) => correction.question === question.number);
  const byParagraph = placeCorrections(question, own);
  const inReadingOrder = [...question.question, ...question.answer].flatMap((paragraph) =>
    segmentsOf(paragraph, byParagraph.get(paragraph.id) ?? []).flatMap((segment) =>
      segment.kind === 'correction' ? [segment.correction] : [],
    ),
  );
  return { byParagraph, noteIds: new Map(inReadingOrder.map((correction, index) => [correction, `c${index + 1}`])) };
}

function page(frontmatter: object, body: string[]): string {
  // Quote every string, so YAML 1.1 readers (js-yaml and the tools built on it) also read dates and words like `no` as strings.
  const yaml = stringify(frontmatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return stampHash(`---\n${yaml}---\n\n${body.join('\n\n')}\n`);
}

function turn(
  role: 'lead' | 'opening' | 'question' | 'answer',
  speaker: string | null,
  paragraphs: readonly SourceParagraph[],
  corrections: PlacedCorrections,
  convert: (text: string) => string,
): string {
  const speakerAttribute = speaker === null ? '' : ` speaker=${mdxText(convert(speaker))}`;
  const lines = paragraphs.map((paragraph) => paragraphElement(paragraph, corrections, convert));
  return [`<Turn role="${role}"${speakerAttribute}>`, ...lines, '</Turn>'].join('\n');
}

function paragraphElement(paragraph: SourceParagraph, corrections: PlacedCorrections, convert: (text: string) => string): string {
  const continued = paragraph.continuedOn.length > 0 ? ` continuedOn={[${paragraph.continuedOn.join(', ')}]}` : '';
  const segments = segmentsOf(paragraph, corrections.byParagraph.get(paragraph.id) ?? []);
  const children = segments.map((segment) => segmentElement(segment, corrections.noteIds, convert)).join('');
  return `<Paragraph id="${paragraph.id}" line={${paragraph.line}}${continued}>${children}</Paragraph>`;
}

function segmentElement(segment: Segment, noteIds: ReadonlyMap<Correction, string>, convert: (text: string) => string): string {
  if (segment.kind === 'text') return mdxText(convert(segment.text));
  const note = noteIds.get(segment.correction) ?? '';
  const text = (value: string) => mdxText(convert(value));
  const { original, corrected, correction } = segment;
  return `<Correction note="${note}" original=${text(original)} corrected=${text(corrected)} reading=${text(correction.corrected)} reason=${text(correction.reason)} />`;
}
