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
import { outletEnglishOf } from '../outlets';
import { noteId } from '../paragraph-id';
import { firstSentence, padNumber } from '../text';
import type { Conference, Question, SourceParagraph, Turn } from '../transcript/types';
import { TURN_ROLE_OF, type ElementAttributes, type ElementName, type TurnRole } from './elements';
import { HASH_PLACEHOLDER, stampHash } from './hash';
import { incompleteNotes } from './incomplete';
import { mdxText } from './literal';
import { questionTitle } from './question-title';

/** A file to write under the generated-content folder. */
export interface GeneratedFile {
  /** Path relative to the generated-content folder, `/`-separated. */
  path: string;
  text: string;
}

/** What the pages of one script need besides the parsed transcript. */
export interface PageOptions {
  script: Script;
  /** The script the transcript is printed in (its own pages show it verbatim). */
  sourceScript: Script;
  /** Converts text into the page's script (identity for the source's own script). */
  convert: (text: string) => string;
  /** The transcript's path as recorded in frontmatter. */
  sourceFile: string;
  /** The countries and regions a question and its answer name, each in the order first named there (none when not given). */
  regionsOf?: (question: Question) => { question: readonly NamedRegion[]; answer: readonly NamedRegion[] };
}

/** A country or region a question page names: its code and its name in each script. */
export interface NamedRegion {
  code: string;
  names: Record<Script, string>;
}

/** Corrections of one page, by paragraph, each with the id of its note (`c1`). */
interface PlacedCorrections {
  byParagraph: ReadonlyMap<string, Correction[]>;
  noteIds: ReadonlyMap<Correction, string>;
}

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

/** The frontmatter every generated page has: which conference, which script, where its text starts. */
function pageFields(conference: Conference, options: PageOptions, line: number) {
  return {
    conference: conference.id,
    date: conference.date,
    script: options.script,
    sourceScript: options.sourceScript,
    source: { file: options.sourceFile, line },
    hash: HASH_PLACEHOLDER,
  };
}

function conferencePage(conference: Conference, editorial: Editorial, options: PageOptions): string {
  const { convert } = options;
  const { continuation, headline } = conference;
  const incomplete = incompleteNotes(conference.dropped);
  const frontmatter: ConferenceFrontmatter = conferenceSchema.parse({
    ...pageFields(conference, options, headline.line),
    headline: convert(headline.text),
    headlineEnglish: headline.english,
    dateline: conference.dateline && convert(conference.dateline.label),
    officials: conference.officials.map(convert),
    hosts: conference.hosts.map(convert),
    publication: editorial.source && {
      ...editorial.source,
      publication: convert(editorial.source.publication),
      ...(editorial.source.edition ? { edition: convert(editorial.source.edition) } : {}),
    },
    dropped: conference.dropped.length,
    sourceLines: conference.dropped.filter((line) => line.kind === 'source').map((line) => convert(line.text)),
    incomplete: incomplete.length > 0 ? incomplete.map(convert) : undefined,
    questionCount: conference.questions.length,
    questionsAnswered: editorial.questionsAnswered,
    continuation: continuation && { ...continuation, marker: convert(continuation.marker), page: convert(continuation.page) },
    joins: conference.joins,
  });
  const body = conference.lead.length > 0 ? [turnElement({ role: 'lead' }, conference.lead, NO_CORRECTIONS, convert)] : [];
  for (const turn of conference.opening) {
    body.push(turnElement({ role: turn.role === 'host' ? 'host' : 'opening', turn }, turn.paragraphs, NO_CORRECTIONS, convert));
  }
  for (const turn of conference.closing) body.push(turnElement({ role: 'host', turn, closing: true }, turn.paragraphs, NO_CORRECTIONS, convert));
  return page(frontmatter, body);
}

function questionPage(conference: Conference, question: Question, editorial: Editorial, options: PageOptions): string {
  const { convert } = options;
  const corrections = placedCorrections(question, editorial);
  const editedTopic = editorial.topics.get(String(question.number));
  const questionText = question.question.map((paragraph) => paragraph.text).join('');
  const outlet = question.outlet ?? editorial.questionOutlets.get(String(question.number));
  const frontmatter: QuestionFrontmatter = questionSchema.parse({
    ...pageFields(conference, options, question.line),
    number: question.number,
    questionCount: conference.questions.length,
    questioner: convert(question.questioner),
    outlet: outlet && convert(outlet),
    // The editorial file's name for the outlet, else the shared table's.
    outletEnglish: outlet === undefined ? undefined : (editorial.outlets.get(outlet) ?? outletEnglishOf(outlet)),
    answerers: question.answerers.map(convert),
    topic: convert(editedTopic ?? questionTitle(questionText)),
    topicEdited: editedTopic !== undefined,
    questionExcerpt: convert(firstSentence(questionText)),
    answerExcerpt: convert(firstSentence(question.answer[0]?.text ?? '')),
    regions: regionsOfPage(options.regionsOf?.(question), options.script),
    corrections: [...corrections.noteIds].map(([correction, id]) => ({
      id,
      paragraph: [...corrections.byParagraph].find(([, list]) => list.includes(correction))?.[0],
      original: convert(correction.original),
      corrected: convert(correction.corrected),
      reason: convert(correction.reason),
      source: convert(correction.source),
    })),
  });
  let asked = false;
  const body = question.turns.map((turn) => {
    const role = TURN_ROLE_OF[turn.role];
    const followUp = role === 'question' && asked;
    if (role === 'question') asked = true;
    return turnElement({ role, turn, followUp }, turn.paragraphs, corrections, convert);
  });
  return page(frontmatter, body);
}

/** A question's regions as its page in one script names them. */
function regionsOfPage(regions: { question: readonly NamedRegion[]; answer: readonly NamedRegion[] } | undefined, script: Script) {
  const named = (list: readonly NamedRegion[] = []) => list.map((region) => ({ code: region.code, name: region.names[script] }));
  return { question: named(regions?.question), answer: named(regions?.answer) };
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
  return { byParagraph, noteIds: new Map(inReadingOrder.map((correction, index) => [correction, noteId(index + 1)])) };
}

function page(frontmatter: object, body: string[]): string {
  // Quote every string, so YAML 1.1 readers (js-yaml and the tools built on it) also read dates and words like `no` as strings.
  const yaml = stringify(frontmatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return stampHash(`---\n${yaml}---\n\n${body.join('\n\n')}\n`);
}

/** What a `<Turn>` element says about its turn. */
interface TurnOptions {
  role: TurnRole;
  turn?: Turn;
  followUp?: boolean;
  /** A host turn after the last answer, shown after the list of questions. */
  closing?: boolean;
}

function turnElement(
  { role, turn, followUp = false, closing = false }: TurnOptions,
  paragraphs: readonly SourceParagraph[],
  corrections: PlacedCorrections,
  convert: (text: string) => string,
): string {
  const attributes: Attribute<'Turn'>[] = [['role', `"${role}"`]];
  if (turn) attributes.push(['speaker', mdxText(convert(turn.speaker))]);
  if (turn?.title) attributes.push(['title', mdxText(convert(turn.title))]);
  if (turn?.time) attributes.push(['time', mdxText(turn.time)]);
  if (followUp) attributes.push(['followUp', '{true}']);
  if (closing) attributes.push(['closing', '{true}']);
  const lines = paragraphs.flatMap((paragraph) => [
    paragraphElement(paragraph, corrections, convert),
    ...paragraph.english.map((english) => element('English', [['for', `"${paragraph.id}"`], ['line', `{${english.line}}`]], mdxText(english.text))),
  ]);
  return element('Turn', attributes, ['', ...lines, ''].join('\n'));
}

function paragraphElement(paragraph: SourceParagraph, corrections: PlacedCorrections, convert: (text: string) => string): string {
  const attributes: Attribute<'Paragraph'>[] = [['id', `"${paragraph.id}"`], ['line', `{${paragraph.line}}`]];
  if (paragraph.continuedOn.length > 0) attributes.push(['continuedOn', `{[${paragraph.continuedOn.join(', ')}]}`]);
  if (paragraph.time) attributes.push(['time', mdxText(paragraph.time)]);
  if (paragraph.lang) attributes.push(['lang', `"${paragraph.lang}"`]);
  const segments = segmentsOf(paragraph, corrections.byParagraph.get(paragraph.id) ?? []);
  const children = segments.map((segment) => segmentElement(segment, corrections.noteIds, convert)).join('');
  return element('Paragraph', attributes, children);
}

function segmentElement(segment: Segment, noteIds: ReadonlyMap<Correction, string>, convert: (text: string) => string): string {
  if (segment.kind === 'text') return mdxText(convert(segment.text));
  const note = noteIds.get(segment.correction) ?? '';
  const text = (value: string) => mdxText(convert(value));
  const { original, corrected, correction } = segment;
  return element('Correction', [
    ['note', `"${note}"`],
    ['original', text(original)],
    ['corrected', text(corrected)],
    ['reading', text(correction.corrected)],
    ['reason', text(correction.reason)],
  ]);
}

/** An attribute of an element, named as src/shared/mdx/elements.ts names it, its value written as MDX (`"a1"`, `{13}`, `{"…"}`). */
type Attribute<Name extends ElementName> = readonly [keyof ElementAttributes[Name] & string, string];

/** Write an element with its attributes in order, and its children (none: it closes itself). */
function element<Name extends ElementName>(name: Name, attributes: readonly Attribute<Name>[], children?: string): string {
  const start = `<${name} ${attributes.map(([attribute, value]) => `${attribute}=${value}`).join(' ')}`;
  return children === undefined ? `${start} />` : `${start}>${children}</${name}>`;
}
