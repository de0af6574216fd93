import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlElement } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allElements, attributeOf, parseHtml, textOf } from '../helpers/html';
import { makeProjectCopy, removeTemp, run, type Run } from '../helpers/project';
import { conferencePath, questionPath } from '../../src/shared/paths';
import { parseTranscript } from '../../src/splitter/transcript/parse';

// The ten layout fixtures (tests/fixtures/layouts/, invented text) beside the seed, split and built
// as a site: every page is written, and the built HTML shows turns, English and scripts right.

interface Expected {
  file: string;
  script: 'zh-Hans' | 'zh-Hant';
  hosts: string[];
  questions: { questioner: string; answerers: string[] }[];
  notInQa: string[];
  english: string[];
}

const FIXTURES = join(import.meta.dirname, '../fixtures/layouts');
const expectations = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Expected[];
const idOf = (file: string) => file.replace(/\.txt$/, '');

let root: string;
let splitRun: Run;
let buildRun: Run;

beforeAll(async () => {
  root = makeProjectCopy('dawenlu-layouts-');
  for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith('.txt'))) {
    cpSync(join(FIXTURES, file), join(root, 'content/transcripts', file));
  }
  splitRun = await run('npx', ['tsx', 'scripts/split.ts'], { cwd: root, env: { DAWENLU_ROOT: undefined } });
  buildRun = await run('npx', ['astro', 'build', '--silent'], { cwd: root, env: { DAWENLU_ROOT: undefined } });
});

afterAll(() => removeTemp(root));

/** The parsed document of a built page. */
function page(path: string) {
  return parseHtml(readFileSync(join(root, 'dist', path.slice(1), 'index.html'), 'utf8'));
}

const byClass = (elements: HtmlElement[], name: string) =>
  elements.filter((element) => (attributeOf(element, 'class') ?? '').split(' ').includes(name));

describe('the ten layouts and the seed, split and built', () => {
  it('split writes every page of every transcript', () => {
    expect(splitRun.status, splitRun.stderr).toBe(0);
    const questions = expectations.reduce((sum, expected) => sum + expected.questions.length, 14);
    expect(splitRun.stdout).toContain(`${expectations.length + 1} conference(s), ${questions} question(s)`);
    expect(buildRun.status, buildRun.stderr).toBe(0);
  });

  describe.each(expectations)('$file', (expected) => {
    const id = idOf(expected.file);

    it('has one page per question in both scripts, naming who answers turn by turn', () => {
      expected.questions.forEach((question, index) => {
        for (const script of ['zh-Hans', 'zh-Hant'] as const) {
          const path = questionPath(script, id, index + 1, expected.questions.length);
          const turns = byClass(allElements(page(path)), 'turn-answer');
          expect(turns.length, path).toBeGreaterThan(0);
          if (script === expected.script) {
            const names = [...new Set(turns.map((turn) => textOf(byClass(allElements(turn), 'speaker-name')[0] as HtmlElement)))];
            expect(names, path).toEqual(question.answerers);
          }
        }
      });
    });

    it('keeps host lines and noise out of the question and answer turns', () => {
      const text = expected.questions
        .flatMap((_, index) => {
          const elements = allElements(page(questionPath(expected.script, id, index + 1, expected.questions.length)));
          return [...byClass(elements, 'turn-question'), ...byClass(elements, 'turn-answer')].map((turn) => textOf(turn));
        })
        .join('\n');
      for (const absent of expected.notInQa) expect(text).not.toContain(absent);
    });

    it('shows each English line as lang="en" right after its Chinese paragraph', () => {
      const paragraphs = expected.questions.flatMap((_, index) =>
        allElements(page(questionPath(expected.script, id, index + 1, expected.questions.length))).filter((element) => element.tagName === 'p'),
      );
      // A translation points at its paragraph (`data-for`); English of its own (a question asked in English) is a paragraph with an id.
      const own = paragraphs.filter((element) => attributeOf(element, 'lang') === 'en' && attributeOf(element, 'data-for') == null);
      for (const paragraph of own) expect(attributeOf(paragraph, 'id') ?? '').toMatch(/^[qa]\d+$/u);
      const english = paragraphs.filter((element) => attributeOf(element, 'lang') === 'en' && attributeOf(element, 'data-for') != null);
      for (const line of english) {
        const target = attributeOf(line, 'data-for');
        const previous = paragraphs[paragraphs.indexOf(line) - 1];
        const chinese = previous && attributeOf(previous, 'lang') === 'en' ? paragraphs[paragraphs.indexOf(line) - 2] : previous;
        expect(chinese && attributeOf(chinese, 'id')).toBe(target);
      }
      const all = english.map((line) => textOf(line)).join('\n');
      for (const sentence of expected.english.filter((sentence) => !headlineHolds(expected.file, sentence))) {
        if (isInQuestions(expected.file, sentence)) expect(all).toContain(sentence);
      }
    });

    it('shows the source verbatim on the pages in its own script', () => {
      const conference = parseTranscript(readFileSync(join(FIXTURES, expected.file), 'utf8'), `content/transcripts/${expected.file}`);
      const question = conference.questions[0];
      const paragraph = question?.answer[0];
      if (!question || !paragraph) throw new Error('fixture without an answer');
      const path = questionPath(expected.script, id, 1, conference.questions.length);
      const shown = allElements(page(path)).find((element) => attributeOf(element, 'id') === paragraph.id);
      expect(shown && textOf(shown, (element) => element.tagName === 'a' || element.tagName === 'button')).toBe(paragraph.text);
      const conferencePage = page(conferencePath(expected.script, id));
      expect(attributeOf(allElements(conferencePage).find((element) => element.tagName === 'html') as HtmlElement, 'lang')).toBe(expected.script);
    });
  });
});

describe('a source note that part of the record is elsewhere', () => {
  // 2015-02-25-hk-budget prints `（請同時參閱答問內容的英文部分。）`, a line left out of the text.
  const id = '2015-02-25-hk-budget';
  const notices = (path: string) => byClass(allElements(page(path)), 'notice').map((element) => textOf(element));

  it.each([
    ['zh-Hant', '原文註明記錄並不完整：（請同時參閱答問內容的英文部分。）'],
    ['zh-Hans', '原文注明记录并不完整：（请同时参阅答问内容的英文部分。）'],
  ] as const)('is a notice on the conference page and on every question page (%s)', (script, notice) => {
    expect(notices(conferencePath(script, id))).toContain(notice);
    const count = expectations.find((expected) => expected.file === `${id}.txt`)?.questions.length ?? 0;
    expect(count).toBeGreaterThan(0);
    for (let number = 1; number <= count; number++) expect(notices(questionPath(script, id, number, count)), `question ${number}`).toContain(notice);
  });
});

/** Tell whether a sentence is part of a fixture's headline (shown on the conference page only). */
function headlineHolds(file: string, sentence: string): boolean {
  return parseTranscript(readFileSync(join(FIXTURES, file), 'utf8'), `content/transcripts/${file}`).headline.english?.includes(sentence) ?? false;
}

/** Tell whether a sentence is printed within a fixture's questions (not its lead or opening). */
function isInQuestions(file: string, sentence: string): boolean {
  const conference = parseTranscript(readFileSync(join(FIXTURES, file), 'utf8'), `content/transcripts/${file}`);
  return conference.questions.some((question) =>
    question.turns.some((turn) => turn.paragraphs.some((paragraph) => paragraph.english.some((line) => line.text.includes(sentence)))),
  );
}
