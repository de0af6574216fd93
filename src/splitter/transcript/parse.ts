import { datelineDisagrees, datelineOf } from '../../shared/transcript/dateline';
import { messages, transcriptError } from './errors';
import { parseTranscriptName } from './file-name';
import { headlineDate, readHeadline } from './headline';
import { nonBlankLines, type NumberedLine } from './lines';
import { continuationOf, holdsContinuation, pageJumps } from './markers';
import type { DroppedText } from '../../shared/transcript/noise';
import { readBody, type SpeakerHints } from './pieces';
import type { ReadingLog } from './reading';
import { finishLead, finishQuestion, finishTurns, questionsOf, turnsOf } from './turns';
import { PART } from '../../shared/paragraph-id';
import type { Conference, Continuation, Dateline, SourceParagraph } from '../../shared/transcript/types';

// A dateline opens one of the first paragraphs (after a source line or an intro sentence at most).
const DATELINE_WITHIN = 3;

/**
 * Parse one transcript, in any of the layouts wire services, ministries and portals print, into a
 * typed conference: headline, optional dateline, lead, turns before the questions, the questions
 * with every turn attributed to its speaker, and host turns after the last answer.
 * @param text the file's text (already decoded)
 * @param file the file's path, used for its name and in error messages
 * @param hints what the conference's editorial file declares about speakers and lines
 */
export function parseTranscript(text: string, file: string, hints: SpeakerHints = {}, log?: ReadingLog): Conference {
  const { id, date } = parseTranscriptName(file);
  const at = (line: number) => ({ file, line });

  const lines = nonBlankLines(text, file);
  if (lines.length === 0) throw transcriptError(at(1), messages.empty());
  const jumped = leavePageJumps(lines, log);
  const continuation = trailingContinuation(lines, file);
  if (continuation) lines.pop();
  if (lines.length === 0) throw transcriptError(at(1), messages.empty());

  const { headline, rest } = readHeadline(lines);
  if (rest.length === 0) throw transcriptError(at(headline.line), messages.onlyHeadline());
  const printedDate = headlineDate(headline.text);
  if (printedDate && printedDate !== date) {
    throw transcriptError(at(headline.line), messages.headlineDisagrees(printedDate, date));
  }

  const { pieces, joins, dropped, speakers } = readBody(rest, hints, headline.text, file, log);
  const { lead: leadDrafts, turns } = turnsOf(pieces, speakers);
  const lead = finishLead(leadDrafts);
  const dateline = datelineIn(lead, date, file);

  const grouped = questionsOf(turns);
  if (grouped.questions.length === 0) throw transcriptError(at(rest[0]?.line ?? headline.line), messages.noQuestions());
  const questions = grouped.questions.map((draft, index) => finishQuestion(draft, index + 1));
  const opening = finishTurns(grouped.opening, PART.opening);
  const closing = finishTurns(grouped.closing, PART.closing);

  const allTurns = [...opening, ...questions.flatMap((question) => question.turns), ...closing];
  const officials = [...new Set(allTurns.filter((turn) => turn.role === 'official').map((turn) => turn.speaker))];
  for (const question of questions) {
    const asked = question.turns.find((turn) => turn.role === 'reporter');
    if (!asked || asked.paragraphs.length === 0) throw transcriptError(at(question.line), messages.emptyQuestion(question.number));
    if (question.answer.length === 0) {
      throw transcriptError(at(question.line), messages.noAnswer(question.number, question.questioner, officials));
    }
  }

  return {
    id,
    date,
    file,
    headline,
    dateline,
    lead,
    opening,
    questions,
    closing,
    officials,
    hosts: [...new Set(allTurns.filter((turn) => turn.role === 'host').map((turn) => turn.speaker))],
    joins,
    continuation,
    dropped: [...jumped, ...dropped].sort((left, right) => left.line - right.line),
  };
}

/** Take out of the lines (in place) a print text's jumps to another page and back, and give them as dropped. */
function leavePageJumps(lines: NumberedLine[], log: ReadingLog | undefined): DroppedText[] {
  const dropped: DroppedText[] = [];
  for (const [from, to] of pageJumps(lines).reverse()) {
    for (const { text, line } of lines.splice(from, to - from + 1)) {
      dropped.unshift({ line, text, kind: 'page-jump' });
      log?.(line, 'dropped: the print text jumps to another page here and back');
    }
  }
  return dropped;
}

function trailingContinuation(lines: readonly NumberedLine[], file: string): Continuation | null {
  const misplaced = lines.slice(0, -1).find((numbered) => holdsContinuation(numbered.text));
  const last = lines.at(-1);
  const continuation = last ? continuationOf(last.text, last.line) : null;
  const stray = misplaced ?? (last && !continuation && holdsContinuation(last.text) ? last : undefined);
  if (stray) throw transcriptError({ file, line: stray.line }, messages.markerNotLast(stray.text));
  return continuation;
}

function datelineIn(lead: readonly SourceParagraph[], date: string, file: string): Dateline | null {
  for (const paragraph of lead.slice(0, DATELINE_WITHIN)) {
    const dateline = datelineOf(paragraph.text);
    if (!dateline) continue;
    if (datelineDisagrees(dateline, date)) {
      const [year, month, day] = date.split('-').map(Number);
      const printed = `${dateline.year ? `${dateline.year}年` : ''}${dateline.month ? `${dateline.month}月` : ''}${dateline.day}日`;
      throw transcriptError({ file, line: paragraph.line }, messages.datelineDisagrees(printed, `${year}年${month}月${day}日 (${date})`));
    }
    return dateline;
  }
  return null;
}
