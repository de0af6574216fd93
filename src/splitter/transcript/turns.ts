import { isBareReporter, isFollowUpLabel, outletOf, questionerOf } from './labels';
import { endsSentence } from './page-breaks';
import type { Piece } from './pieces';
import type { Speaker } from './speakers';
import type { Question, Role, SourceParagraph, Turn } from '../../shared/transcript/types';
import { PART, paragraphId, type ParagraphPart } from '../../shared/paragraph-id';

/** A paragraph before ids are given. */
type DraftParagraph = Omit<SourceParagraph, 'id'>;

/** A turn before ids are given. */
interface DraftTurn extends Omit<Turn, 'paragraphs'> {
  key: string;
  paragraphs: DraftParagraph[];
}

/** A question before ids are given. */
export interface DraftQuestion {
  questioner: string;
  line: number;
  turns: DraftTurn[];
}

/** Group paragraphs into the lead (before any speaker) and labelled turns, English beside its Chinese. */
export function turnsOf(pieces: readonly Piece[], speakers: ReadonlyMap<string, Speaker>) {
  const lead: DraftParagraph[] = [];
  const turns: DraftTurn[] = [];
  for (const piece of pieces) {
    const current = turns.at(-1);
    const paragraphs = current?.paragraphs ?? lead;
    if (piece.english) {
      const previous = paragraphs.at(-1);
      const wrapped = previous?.english.at(-1);
      // A translation wrapped onto the next line goes on with a space.
      if (wrapped && !endsSentence(wrapped.text)) wrapped.text += ` ${piece.text}`;
      else if (previous) previous.english.push({ text: piece.text, line: piece.line });
      else paragraphs.push(draftParagraph(piece));
      continue;
    }
    const speaker = piece.speaker && speakers.get(piece.speaker.label);
    if (!piece.speaker || !speaker) {
      paragraphs.push(draftParagraph(piece));
      continue;
    }
    const time = piece.timeBefore ?? piece.time;
    if (current && current.key === speaker.key && current.label === piece.speaker.label && !isFollowUpLabel(piece.speaker.label)) {
      // The same speaker's label printed again for the second part of one turn.
      if (piece.text !== '') current.paragraphs.push(draftParagraph(piece));
      continue;
    }
    turns.push({
      role: speaker.role,
      key: speaker.key,
      label: piece.speaker.label,
      speaker: speaker.name,
      ...(speaker.title ? { title: speaker.title } : {}),
      line: piece.line,
      ...(time ? { time } : {}),
      paragraphs: piece.text === '' ? [] : [draftParagraph(piece)],
    });
  }
  return { lead, turns };
}

function draftParagraph(piece: Piece): DraftParagraph {
  return {
    text: piece.text,
    line: piece.line,
    continuedOn: piece.continuedOn,
    english: [],
    ...(piece.lang ? { lang: piece.lang } : {}),
    ...(piece.time ? { time: piece.time } : {}),
  };
}

// A reply to an official's question back (`你是指哪一项？` → `记者：是印花税方面。`) is short.
const CLARIFICATION_LENGTH = 60;
const ASKS_BACK = /[？?]$/u;

/**
 * Split turns into the opening, the questions and the closing. A reporter's turn starts a new
 * question unless it follows up the one before: a `追问`, the same outlet again right after the
 * answer, or a short reply to an official's question back.
 */
export function questionsOf(turns: readonly DraftTurn[]) {
  const opening: DraftTurn[] = [];
  const questions: DraftQuestion[] = [];
  for (const turn of turns) {
    const current = questions.at(-1);
    if (turn.role === 'reporter' && !(current && followsUp(turn, current))) {
      questions.push({ questioner: turn.label, line: turn.line, turns: [turn] });
    } else if (current) current.turns.push(turn);
    else opening.push(turn);
  }
  // Host lines after an answer call the next question: show them with it; after the last, they close.
  const closing: DraftTurn[] = [];
  questions.forEach((question, index) => {
    let trailing = 0;
    while (trailing < question.turns.length - 1 && question.turns.at(-1 - trailing)?.role === 'host') trailing++;
    if (trailing === 0) return;
    const moved = question.turns.splice(question.turns.length - trailing, trailing);
    const next = questions[index + 1];
    if (next) next.turns.unshift(...moved);
    else closing.push(...moved);
  });
  for (const question of questions) answeredByHost(question);
  return { opening, questions, closing };
}

function followsUp(turn: DraftTurn, question: DraftQuestion): boolean {
  const previous = question.turns.at(-1);
  if (isFollowUpLabel(turn.label)) return true;
  if (previous?.role !== 'official') return false;
  if (turn.label === question.questioner && !isBareReporter(turn.label)) return true;
  const askedBack = ASKS_BACK.test(previous.paragraphs.at(-1)?.text ?? '');
  const length = turn.paragraphs.reduce((sum, paragraph) => sum + [...paragraph.text].length, 0);
  return askedBack && length <= CLARIFICATION_LENGTH;
}

/** Where no official answers, the host who speaks after the question is its answerer. */
function answeredByHost(question: DraftQuestion): void {
  if (question.turns.some((turn) => turn.role === 'official')) return;
  const asked = question.turns.findIndex((turn) => turn.role === 'reporter');
  for (const turn of question.turns.slice(asked + 1)) if (turn.role === 'host') turn.role = 'official';
}

const PREFIX: Record<Role, ParagraphPart> = { reporter: PART.question, official: PART.answer, host: PART.host };

/** Give a question's paragraphs their ids (`q1`, `a1`, `h1`, counted per role) and list its answerers. */
export function finishQuestion(draft: DraftQuestion, number: number): Question {
  const counters: Record<Role, number> = { reporter: 0, official: 0, host: 0 };
  const turns = draft.turns.map(({ key: _key, ...turn }) => ({
    ...turn,
    paragraphs: turn.paragraphs.map((paragraph) => ({ id: paragraphId(PREFIX[turn.role], ++counters[turn.role]), ...paragraph })),
  }));
  const of = (role: Role) => turns.filter((turn) => turn.role === role);
  return {
    number,
    questioner: questionerOf(draft.questioner),
    ...(isBareReporter(draft.questioner) ? {} : { outlet: outletOf(draft.questioner) }),
    line: draft.line,
    turns,
    question: of('reporter').flatMap((turn) => turn.paragraphs),
    answer: of('official').flatMap((turn) => turn.paragraphs),
    answerers: [...new Set(of('official').map((turn) => turn.speaker))],
  };
}

/** Give turns outside the questions their ids: one part's letter, counted across the turns (`o1`, `o2`, …). */
export function finishTurns(drafts: readonly DraftTurn[], part: ParagraphPart): Turn[] {
  let counter = 0;
  return drafts.map(({ key: _key, ...turn }) => ({
    ...turn,
    paragraphs: turn.paragraphs.map((paragraph) => ({ id: paragraphId(part, ++counter), ...paragraph })),
  }));
}

/** Give lead paragraphs their ids (`d1`, …). */
export function finishLead(drafts: readonly DraftParagraph[]) {
  return drafts.map((paragraph, index) => ({ id: paragraphId(PART.lead, index + 1), ...paragraph }));
}
