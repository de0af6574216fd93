import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hintsOf } from '../../../src/splitter/editorial/hints';
import { parseEditorial } from '../../../src/splitter/editorial/parse';
import { parseTranscript } from '../../../src/splitter/transcript/parse';
import type { Conference } from '../../../src/shared/transcript/types';

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
  /** Paragraphs that are themselves in English (an English question, an English-only transcript). */
  englishText?: string[];
  /** An editorial file beside the fixture that settles what the text alone cannot. */
  editorial?: string;
  /** Where the split stops without the editorial file. */
  error?: { line: number; contains: string };
}

/** The layouts the parser is built on, and those set aside to measure how it reads layouts it has never seen. */
const folders = ['layouts', 'layouts-heldout'].map((name) => join(import.meta.dirname, '../../fixtures', name)).filter((folder) => existsSync(join(folder, 'expected.json')));

/** Every paragraph of the questions and answers, with its English. */
function qaText(conference: Conference): string[] {
  return conference.questions.flatMap((question) =>
    question.turns
      .filter((turn) => turn.role !== 'host')
      .flatMap((turn) => turn.paragraphs.flatMap((paragraph) => [paragraph.text, ...paragraph.english.map((line) => line.text)])),
  );
}

describe.each(folders)('layouts in %s', (folder) => {
  const expectations = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Expected[];
  const read = (file: string) => readFileSync(join(folder, file), 'utf8');
  const path = (file: string) => `content/transcripts/${file}`;

  describe.each(expectations)('layout $file', (expected) => {
    const hints = expected.editorial ? hintsOf(parseEditorial(read(expected.editorial), `content/editorial/${expected.editorial}`)) : {};
    let parsed: Conference | Error;
    try {
      parsed = parseTranscript(read(expected.file), path(expected.file), hints);
    } catch (error) {
      parsed = error as Error;
    }
    const conference = () => {
      if (parsed instanceof Error) throw parsed;
      return parsed;
    };

    if (expected.error) {
      const { line, contains } = expected.error;
      it(`stops at line ${line} without its editorial file, naming what settles it`, () => {
        const lines = read(expected.file).split('\n');
        expect(lines[line - 1]).toContain(contains);
        expect(() => parseTranscript(read(expected.file), path(expected.file))).toThrow(new RegExp(`^${path(expected.file)}:${line}: `));
      });
    }

    it(`splits into ${expected.questions.length} questions, each by its questioner`, () => {
      expect(conference().questions.map((question) => question.questioner)).toEqual(expected.questions.map((question) => question.questioner));
    });

    it('names who answers each question, supplements included', () => {
      expect(conference().questions.map((question) => question.answerers)).toEqual(expected.questions.map((question) => question.answerers));
    });

    it('keeps follow-ups and replies to a question back inside their question', () => {
      const followUps = conference().questions.map((question) => question.turns.filter((turn) => turn.role === 'reporter').length - 1);
      expect(followUps).toEqual(expected.questions.map((question) => question.followUps));
    });

    it('tells hosts from officials', () => {
      expect(conference().hosts).toEqual(expected.hosts);
      for (const question of conference().questions) {
        for (const turn of question.turns) if (expected.hosts.includes(turn.speaker)) expect(turn.role).toBe('host');
      }
    });

    it('reads the dateline when there is one', () => {
      expect(conference().dateline?.label ?? null).toBe(expected.dateline);
    });

    it('leaves noise, headings and host lines out of the questions and answers', () => {
      const text = qaText(conference()).join('\n');
      for (const absent of expected.notInQa) expect(text, absent).not.toContain(absent);
      for (const present of expected.inQa) expect(text, present).toContain(present);
    });

    it('puts each English line beside its Chinese paragraph, label stripped; English of its own stays text', () => {
      const { lead, opening, questions } = conference();
      const english = [lead, ...opening.map((turn) => turn.paragraphs), ...questions.flatMap((q) => q.turns.map((turn) => turn.paragraphs))]
        .flat()
        .flatMap((paragraph) => paragraph.english.map((line) => line.text));
      for (const line of expected.english) expect(english.join('\n')).toContain(line);
      const paragraphs = questions.flatMap((question) => [...question.question, ...question.answer]);
      expect(paragraphs.filter((paragraph) => !/\p{Script=Han}/u.test(paragraph.text) && paragraph.lang !== 'en').map((paragraph) => paragraph.text)).toEqual([]);
      const own = paragraphs.filter((paragraph) => paragraph.lang === 'en').map((paragraph) => paragraph.text).join('\n');
      for (const text of expected.englishText ?? []) expect(own, text).toContain(text);
    });
  });
});
