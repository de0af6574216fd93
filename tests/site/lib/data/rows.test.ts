import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../../../src/site/lib/content/body';
import { readPageFile } from '../../../../src/site/lib/content/page-file';
import { conferenceSchema, questionSchema, type QuestionFrontmatter } from '../../../../src/shared/content/schema';
import { correctedText, questionRow } from '../../../../src/site/lib/data/rows';

const text = (value: string): BodyNode => ({ type: 'text', value });
const paragraph = (id: string, ...children: BodyNode[]): BodyNode => ({ type: 'element', name: 'Paragraph', attributes: { id, line: 1 }, children });
const english = (id: string, value: string): BodyNode => ({ type: 'element', name: 'English', attributes: { for: id, line: 2 }, children: [text(value)] });
const turn = (role: 'question' | 'answer' | 'host', speaker: string | undefined, ...children: BodyNode[]): BodyNode => ({
  type: 'element',
  name: 'Turn',
  attributes: { role, ...(speaker ? { speaker } : {}) },
  children,
});

describe('questionRow, on the seed conference as split', () => {
  const read = (file: string) => readPageFile(readFileSync(new URL(`../../../../content/generated/zh-hans/2024-03-07-wang-yi/${file}`, import.meta.url), 'utf8'), file);
  const page = read('04.mdx');
  const conference = conferenceSchema.parse(read('index.mdx').frontmatter);
  const row = questionRow({ question: questionSchema.parse(page.frontmatter), conference, body: page.body, url: 'https://example.org/2024-03-07-wang-yi/04/' });

  it('names the question, the conference and who asked and answered', () => {
    expect(row).toMatchObject({
      id: '2024-03-07-wang-yi-04',
      conference: '2024-03-07-wang-yi',
      date: '2024-03-07',
      year: 2024,
      number: 4,
      questioner: '彭博社记者',
      outlet: '彭博社',
      outlet_en: 'Bloomberg',
      answerers: ['王毅'],
      answer_turns: ['王毅'],
      question_paragraphs: ['q1'],
      answer_paragraphs: ['a1 a2 a3 a4 a5 a6'],
      regions_question: ['CN', 'US'],
      regions_answer: ['CN', 'US', 'TW'],
      url: 'https://example.org/2024-03-07-wang-yi/04/',
      source: '新华社印刷版',
      source_script: 'zh-Hans',
      transcript: 'content/transcripts/2024-03-07-wang-yi.txt',
      transcript_line: 47,
    });
  });

  it('gives the answer as corrected, and the printed wording of the correction in columns of its own', () => {
    expect(row.answer_text).toContain('美国如果总是说一套、做一套');
    expect(row.answer_text).not.toContain('总是是一套');
    expect(row.answer_text.split('\n\n')).toHaveLength(6);
    expect(row).toMatchObject({
      correction_paragraphs: ['a5'],
      correction_originals: ['美国如果总是是一套、做一套'],
      correction_readings: ['美国如果总是说一套、做一套'],
      correction_reasons: ['排印错字：“是一套”应为“说一套”。'],
    });
  });
});

describe('questionRow, on turns of every kind', () => {
  const question = {
    conference: '2024-11-05-fmprc-bilingual',
    date: '2024-11-05',
    script: 'zh-Hans',
    sourceScript: 'zh-Hans',
    source: { file: 'content/transcripts/2024-11-05-fmprc-bilingual.txt', line: 9 },
    hash: '0123456789abcdef',
    number: 3,
    questionCount: 120,
    questioner: '记者',
    answerers: ['林远', '李明'],
    topic: '题目',
    topicEdited: false,
    questionExcerpt: '问？',
    answerExcerpt: '答。',
    regions: { question: [], answer: [] },
    corrections: [],
  } satisfies QuestionFrontmatter;
  const body = [
    turn('host', '主持人', paragraph('h1', text('请提问。'))),
    turn('question', '记者', paragraph('q1', text('问？')), english('q1', 'Question?')),
    turn('answer', '林远', paragraph('a1', text('答一。')), english('a1', 'Answer one.'), paragraph('a2', text('答二。'))),
    turn('question', '记者', paragraph('q2', text('追问？'))),
    turn('answer', '李明', paragraph('a3', text('补充。'))),
    turn('answer', '林远', paragraph('a4', text('再答。'))),
  ];
  const row = questionRow({ question, conference: { headline: '例行记者会', dateline: null }, body, url: 'u' });

  it('keeps host lines out, and gives follow-ups and each answer turn in order', () => {
    expect(row.id).toBe('2024-11-05-fmprc-bilingual-003');
    expect(row.question_text).toBe('问？\n\n追问？');
    expect(row.answer_text).toBe('答一。\n\n答二。\n\n补充。\n\n再答。');
    expect(row.answer_turns).toEqual(['林远', '李明', '林远']);
    expect(row.question_paragraphs).toEqual(['q1', 'q2']);
    expect(row.answer_paragraphs).toEqual(['a1 a2', 'a3', 'a4']);
  });

  it('gives the English lines apart, or null where there are none', () => {
    expect(row.question_text_en).toBe('Question?');
    expect(row.answer_text_en).toBe('Answer one.');
    expect(questionRow({ question, conference: { headline: 'x', dateline: null }, body: body.slice(3), url: 'u' }).question_text_en).toBeNull();
  });

  it('leaves what is unknown null: the outlet, its English name, the source', () => {
    expect(row).toMatchObject({ outlet: null, outlet_en: null, source: null, source_url: null });
  });
});

describe('correctedText', () => {
  it('reads each correction as corrected', () => {
    const correction: BodyNode = { type: 'element', name: 'Correction', attributes: { note: 'c1', original: '是', corrected: '说', reading: '总是说', reason: 'r' }, children: [] };
    expect(correctedText([text('总是'), correction, text('一套')])).toBe('总是说一套');
  });
});
