import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../src/lib/transcript/parse';
import type { Conference } from '../../../src/lib/transcript/types';

/** What a correct split of each layout fixture gives (tests/fixtures/layouts/README.md). */
interface Expected {
  file: string;
  layout: string;
  script: 'zh-Hans' | 'zh-Hant';
  variant: 'hk' | 'tw' | null;
  dateline: string | null;
  hosts: string[];
  questions: { questioner: string; answerers: string[]; followUps: number }[];
  notInQa: string[];
  inQa: string[];
  english: string[];
}

const folder = join(import.meta.dirname, '../../fixtures/layouts');
const expectations = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Expected[];
const parse = (file: string) => parseTranscript(readFileSync(join(folder, file), 'utf8'), `content/transcripts/${file}`);

/** Every paragraph of the questions and answers, with its English. */
function qaText(conference: Conference): string[] {
  return conference.questions.flatMap((question) =>
    question.turns
      .filter((turn) => turn.role !== 'host')
      .flatMap((turn) => turn.paragraphs.flatMap((paragraph) => [paragraph.text, ...paragraph.english.map((line) => line.text)])),
  );
}

describe.each(expectations)('layout $file', (expected) => {
  const conference = parse(expected.file);

  it(`splits into ${expected.questions.length} questions, each by its questioner`, () => {
    expect(conference.questions.map((question) => question.questioner)).toEqual(expected.questions.map((question) => question.questioner));
  });

  it('names who answers each question, supplements included', () => {
    expect(conference.questions.map((question) => question.answerers)).toEqual(expected.questions.map((question) => question.answerers));
  });

  it('keeps follow-ups and replies to a question back inside their question', () => {
    const followUps = conference.questions.map((question) => question.turns.filter((turn) => turn.role === 'reporter').length - 1);
    expect(followUps).toEqual(expected.questions.map((question) => question.followUps));
  });

  it('tells hosts from officials', () => {
    expect(conference.hosts).toEqual(expected.hosts);
    for (const question of conference.questions) {
      for (const turn of question.turns) if (expected.hosts.includes(turn.speaker)) expect(turn.role).toBe('host');
    }
  });

  it('reads the dateline when there is one', () => {
    expect(conference.dateline?.label ?? null).toBe(expected.dateline);
  });

  it('leaves noise and host lines out of the questions and answers', () => {
    const text = qaText(conference).join('\n');
    for (const absent of expected.notInQa) expect(text, absent).not.toContain(absent);
    for (const present of expected.inQa) expect(text, present).toContain(present);
  });

  it('puts each English line beside its Chinese paragraph, label stripped', () => {
    const english = [conference.lead, ...conference.opening.map((turn) => turn.paragraphs), ...conference.questions.flatMap((q) => q.turns.map((turn) => turn.paragraphs))]
      .flat()
      .flatMap((paragraph) => paragraph.english.map((line) => line.text));
    for (const line of expected.english) expect(english.join('\n')).toContain(line);
    const paragraphs = conference.questions.flatMap((question) => [...question.question, ...question.answer]);
    expect(paragraphs.filter((paragraph) => !/\p{Script=Han}/u.test(paragraph.text)).map((paragraph) => paragraph.text)).toEqual([]);
  });
});
