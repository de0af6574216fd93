import { datelineOf } from './dateline';
import { messages, transcriptError } from './errors';
import { parseTranscriptName } from './file-name';
import { isReporter, outletOf, speakerLabelOf } from './labels';
import { nonBlankLines } from './lines';
import { continuationOf, holdsContinuation } from './markers';
import { joinPageBreaks, type JoinedLine } from './page-breaks';
import type { Conference, Continuation, Question, SourceParagraph } from './types';

/**
 * Parse one transcript, as wire services print it, into a typed conference.
 * @param text the file's text (already decoded)
 * @param file the file's path, used for its name and in error messages
 */
export function parseTranscript(text: string, file: string): Conference {
  const { id, date } = parseTranscriptName(file);
  const at = (line: number) => ({ file, line });

  const lines = nonBlankLines(text);
  const first = lines[0];
  if (!first) throw transcriptError(at(1), messages.empty());

  const continuation = trailingContinuation(lines, file);
  if (continuation) lines.pop();
  if (lines.length === 0) throw transcriptError(at(1), messages.empty());

  const [headline, ...body] = lines as [typeof first, ...typeof lines];
  if (body.length === 0) throw transcriptError(at(headline.line), messages.onlyHeadline());

  const { paragraphs, joins } = joinPageBreaks(body);
  const [datelineParagraph, ...rest] = paragraphs as [JoinedLine, ...JoinedLine[]];
  const dateline = datelineOf(datelineParagraph.text);
  if (!dateline) throw transcriptError(at(datelineParagraph.line), messages.noDateline());
  const [, month, day] = date.split('-').map(Number);
  if (dateline.month !== month || dateline.day !== day) {
    throw transcriptError(
      at(datelineParagraph.line),
      messages.datelineDisagrees(`${dateline.month}月${dateline.day}日`, `${month}月${day}日 (${date})`),
    );
  }

  const turns = splitTurns(rest, file);
  if (turns.questions.length === 0) {
    throw transcriptError(at(rest[0]?.line ?? datelineParagraph.line), messages.noQuestions());
  }

  return {
    id,
    date,
    file,
    headline: { text: headline.text, line: headline.line },
    dateline,
    lead: numbered('d', [datelineParagraph, ...turns.lead]),
    answerer: turns.answerer ?? '',
    opening: numbered('o', turns.opening),
    questions: turns.questions,
    joins,
    continuation,
  };
}

function trailingContinuation(lines: { text: string; line: number }[], file: string): Continuation | null {
  const misplaced = lines.slice(0, -1).find((numbered) => holdsContinuation(numbered.text));
  const last = lines.at(-1);
  const continuation = last ? continuationOf(last.text, last.line) : null;
  const stray = misplaced ?? (last && !continuation && holdsContinuation(last.text) ? last : undefined);
  if (stray) throw transcriptError({ file, line: stray.line }, messages.markerNotLast(stray.text));
  return continuation;
}

interface DraftQuestion extends Omit<Question, 'question' | 'answer'> {
  question: JoinedLine[];
  answer: JoinedLine[];
}

type Turn = 'lead' | 'opening' | 'question' | 'answer';

/** Walk the paragraphs after the dateline, assigning each to the lead, opening remarks or a question. */
function splitTurns(paragraphs: readonly JoinedLine[], file: string) {
  const lists: Record<'lead' | 'opening', JoinedLine[]> = { lead: [], opening: [] };
  const drafts: DraftQuestion[] = [];
  let answerer: string | null = null;
  let turn: Turn = 'lead';

  const requireAnswer = (draft: DraftQuestion | undefined) => {
    if (draft && draft.answer.length === 0) {
      throw transcriptError({ file, line: draft.line }, messages.noAnswer(draft.number, answerer));
    }
  };
  // A label may stand alone on its line, its words in the paragraphs that follow.
  const withoutLabel = (paragraph: JoinedLine, rest: string) => (rest === '' ? [] : [{ ...paragraph, text: rest }]);

  for (const paragraph of paragraphs) {
    const label = speakerLabelOf(paragraph.text);
    const current = drafts.at(-1);

    if (label && isReporter(label.speaker)) {
      requireAnswer(current);
      drafts.push({
        number: drafts.length + 1,
        questioner: label.speaker,
        outlet: outletOf(label.speaker) || label.speaker,
        line: paragraph.line,
        question: withoutLabel(paragraph, label.rest),
        answer: [],
      });
      turn = 'question';
      continue;
    }

    const answererExpected = turn === 'question' || (turn === 'lead' && drafts.length === 0);
    if (label && answerer === null && answererExpected) answerer = label.speaker;
    if (label && turn === 'question' && current && label.speaker !== answerer) {
      throw transcriptError({ file, line: paragraph.line }, messages.secondAnswerer(label.speaker, answerer ?? '', current.number));
    }

    if (label && label.speaker === answerer) {
      if (current && turn === 'question' && current.question.length === 0) {
        throw transcriptError({ file, line: current.line }, messages.emptyQuestion(current.number));
      }
      turn = current ? 'answer' : 'opening';
      (current ? current.answer : lists.opening).push(...withoutLabel(paragraph, label.rest));
    } else if (current) {
      (turn === 'answer' ? current.answer : current.question).push(paragraph);
    } else {
      lists[turn === 'opening' ? 'opening' : 'lead'].push(paragraph);
    }
  }
  requireAnswer(drafts.at(-1));

  const questions: Question[] = drafts.map((draft) => ({
    ...draft,
    question: numbered('q', draft.question),
    answer: numbered('a', draft.answer),
  }));
  return { lead: lists.lead, opening: lists.opening, questions, answerer };
}

/** Give paragraphs their stable ids: a prefix and a 1-based ordinal (`a1`, `a2`, …). */
function numbered(prefix: string, paragraphs: readonly JoinedLine[]): SourceParagraph[] {
  return paragraphs.map(({ text, line, continuedOn }, index) => ({ id: `${prefix}${index + 1}`, text, line, continuedOn }));
}
