/**
 * One row of the downloadable data per question page: who asked and who answered, the text as the
 * page reads it (corrections applied, the printed wording of each in columns of its own), the
 * paragraph ids, the page's address and the source. Pure: the pages' data in, a row out.
 */
import type { BodyNode } from '../content/body';
import type { ConferenceFrontmatter, QuestionFrontmatter, Script } from '../../../shared/content/schema';
import { sourceNameOf } from '../conference-source';
import { padNumber } from '../../../shared/text';

/** A question of the archive as the data files give it; `src/site/lib/data/columns.ts` orders and documents the fields. */
export interface DataRow {
  id: string;
  conference: string;
  date: string;
  year: number;
  headline: string;
  number: number;
  topic: string;
  questioner: string;
  outlet: string | null;
  outlet_en: string | null;
  answerers: string[];
  answer_turns: string[];
  question_text: string;
  answer_text: string;
  question_text_en: string | null;
  answer_text_en: string | null;
  question_paragraphs: string[];
  answer_paragraphs: string[];
  regions_question: string[];
  regions_answer: string[];
  correction_paragraphs: string[];
  correction_originals: string[];
  correction_readings: string[];
  correction_reasons: string[];
  url: string;
  source: string | null;
  source_url: string | null;
  source_script: Script;
  transcript: string;
  transcript_line: number;
}

/** What a row is made from: the question page's frontmatter and body, its conference, and its address. */
export interface RowInput {
  question: QuestionFrontmatter;
  conference: Pick<ConferenceFrontmatter, 'headline' | 'dateline' | 'publication'>;
  body: readonly BodyNode[];
  /** The question page's absolute URL. */
  url: string;
}

/** Paragraphs in a text cell are separated by a blank line, as a copied selection separates them. */
export const PARAGRAPH_BREAK = '\n\n';

type Element<Name extends string> = Extract<BodyNode, { type: 'element'; name: Name }>;
type TurnNode = Element<'Turn'>;

const isTurn = (node: BodyNode): node is TurnNode => node.type === 'element' && node.name === 'Turn';

/** Read a paragraph's words as the page reads them: each correction's characters in place of the printed ones. */
export function correctedText(nodes: readonly BodyNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.name === 'Correction') return node.attributes.corrected;
      return correctedText(node.children);
    })
    .join('');
}

/** The paragraphs of a turn, each with its id, corrected text and English lines. */
function paragraphsOf(turn: TurnNode) {
  const paragraphs: { id: string; text: string; english: string[] }[] = [];
  for (const child of turn.children) {
    if (child.type !== 'element') continue;
    if (child.name === 'Paragraph') paragraphs.push({ id: child.attributes.id, text: correctedText(child.children), english: [] });
    // An English line follows the paragraph it translates (src/shared/mdx/pages.ts writes it so).
    else if (child.name === 'English') paragraphs.find((paragraph) => paragraph.id === child.attributes.for)?.english.push(correctedText(child.children));
  }
  return paragraphs;
}

/** The text of a role's turns: their paragraphs, and their English lines (null when there are none). */
function textOf(turns: readonly TurnNode[]) {
  const paragraphs = turns.flatMap(paragraphsOf);
  const english = paragraphs.flatMap((paragraph) => paragraph.english);
  return {
    text: paragraphs.map((paragraph) => paragraph.text).join(PARAGRAPH_BREAK),
    english: english.length > 0 ? english.join(PARAGRAPH_BREAK) : null,
    // One entry per turn: its paragraph ids separated by spaces.
    ids: turns.map((turn) => paragraphsOf(turn).map((paragraph) => paragraph.id).join(' ')),
  };
}

/** Make the data row of one question page. Host lines on the page (calling the next question) are neither question nor answer. */
export function questionRow({ question, conference, body, url }: RowInput): DataRow {
  const turns = body.filter(isTurn);
  const questions = textOf(turns.filter((turn) => turn.attributes.role === 'question'));
  const answerTurns = turns.filter((turn) => turn.attributes.role === 'answer');
  const answers = textOf(answerTurns);
  return {
    id: `${question.conference}-${padNumber(question.number, question.questionCount)}`,
    conference: question.conference,
    date: question.date,
    year: Number(question.date.slice(0, 4)),
    headline: conference.headline,
    number: question.number,
    topic: question.topic,
    questioner: question.questioner,
    outlet: question.outlet ?? null,
    outlet_en: question.outletEnglish ?? null,
    answerers: question.answerers,
    answer_turns: answerTurns.map((turn) => turn.attributes.speaker ?? turn.attributes.title ?? ''),
    question_text: questions.text,
    answer_text: answers.text,
    question_text_en: questions.english,
    answer_text_en: answers.english,
    question_paragraphs: questions.ids,
    answer_paragraphs: answers.ids,
    regions_question: question.regions.question.map((region) => region.code),
    regions_answer: question.regions.answer.map((region) => region.code),
    correction_paragraphs: question.corrections.map((correction) => correction.paragraph),
    correction_originals: question.corrections.map((correction) => correction.original),
    correction_readings: question.corrections.map((correction) => correction.corrected),
    correction_reasons: question.corrections.map((correction) => correction.reason),
    url,
    source: sourceNameOf(conference) ?? null,
    source_url: conference.publication?.url ?? null,
    source_script: question.sourceScript,
    transcript: question.source.file,
    transcript_line: question.source.line,
  };
}
