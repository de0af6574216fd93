import { TranscriptError } from '../transcript/errors';
import type { Conference } from '../../shared/transcript/types';
import { editorialLine } from './parse';
import type { Editorial } from '../../shared/editorial/schema';

const HINT = 'Check the question number or the outlet against the transcript (npm run split -- --explain <transcript> shows how each line was read).';

/**
 * Fail at the line of the first editorial entry that names a question, outlet, label or host the
 * conference does not have: a typo would otherwise leave a correction, topic or name silently unused.
 */
export function checkReferences(conference: Conference, editorial: Editorial, source: { path: string; content: string }): void {
  const count = conference.questions.length;
  const isQuestion = (key: string | number) => Number.isInteger(Number(key)) && Number(key) >= 1 && Number(key) <= count;
  const fail = (line: number, problem: string) => {
    throw new TranscriptError({ file: source.path, line }, problem, HINT);
  };
  const questions = `the transcript has ${count} question${count === 1 ? '' : 's'}`;
  for (const field of ['topics', 'questionOutlets'] as const) {
    for (const key of editorial[field].keys()) {
      if (!isQuestion(key)) fail(editorialLine(source.content, [field], key), `${field}: there is no question ${key} (${questions})`);
    }
  }
  editorial.corrections.forEach((correction, index) => {
    if (!isQuestion(correction.question)) {
      fail(editorialLine(source.content, ['corrections', index, 'question']), `corrections.${index}.question: there is no question ${correction.question} (${questions})`);
    }
  });
  const turns = [...conference.opening, ...conference.questions.flatMap((question) => question.turns), ...conference.closing];
  const labels = new Set(turns.map((turn) => turn.label));
  for (const label of editorial.speakers.keys()) {
    if (!labels.has(label)) fail(editorialLine(source.content, ['speakers'], label), `speakers: no turn is labelled "${label}" (the label as printed, without its colon)`);
  }
  const people = new Set([...labels, ...turns.map((turn) => turn.speaker)]);
  editorial.hosts.forEach((host, index) => {
    if (!people.has(host)) fail(editorialLine(source.content, ['hosts', index]), `hosts: no one speaks as "${host}" (a label as printed, or the name it stands for)`);
  });
  const outlets = new Set([...conference.questions.flatMap((question) => (question.outlet ? [question.outlet] : [])), ...editorial.questionOutlets.values()]);
  for (const outlet of editorial.outlets.keys()) {
    if (!outlets.has(outlet)) fail(editorialLine(source.content, ['outlets'], outlet), `outlets: no question is asked by "${outlet}" (the outlet as printed, the label without 记者)`);
  }
}
