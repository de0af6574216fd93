import { describe, expect, it } from 'vitest';
import {
  correctionSpanId,
  correctionSpanParagraph,
  englishIdOf,
  NOTE_ID,
  noteId,
  noteNumberOf,
  noteRefId,
  PART,
  paragraphId,
  paragraphIdPattern,
  paragraphOf,
  transcriptPrefix,
  transcriptQuestionId,
} from '../../src/shared/paragraph-id';

describe('paragraphOf', () => {
  it.each([
    ['a3', { part: 'a', number: 3 }],
    ['q1', { part: 'q', number: 1 }],
    ['q5-a12', { part: 'a', number: 12 }],
    ['q5-q2', { part: 'q', number: 2 }],
    ['a3-en', { part: 'a', number: 3 }],
    ['q5-h1-en2', { part: 'h', number: 1 }],
    ['corrections-heading', undefined],
  ])('%s', (id, expected) => expect(paragraphOf(id)).toEqual(expected));
});

describe('englishIdOf', () => {
  it.each([
    ['a3', 0, 'a3-en'],
    ['a3', 1, 'a3-en2'],
    ['q5-a3', 0, 'q5-a3-en'],
  ])('%s, line %i → %s', (id, index, expected) => expect(englishIdOf(id, index)).toBe(expected));
});

describe('paragraphId', () => {
  it.each([
    [PART.answer, 3, 'a3'],
    [PART.question, 1, 'q1'],
    [PART.host, 2, 'h2'],
    [PART.opening, 1, 'o1'],
    [PART.lead, 4, 'd4'],
    [PART.closing, 1, 'e1'],
  ] as const)('%s, %i → %s', (part, number, expected) => expect(paragraphId(part, number)).toBe(expected));

  it('reads back what it gives, for every part', () => {
    for (const part of Object.values(PART)) expect(paragraphOf(paragraphId(part, 12))).toEqual({ part, number: 12 });
  });
});

describe('paragraphIdPattern', () => {
  it.each([
    ['a3', true],
    ['e1', true],
    ['d12', true],
    ['x1', false],
    ['a', false],
    ['a3-en', false],
    ['q5-a3', false],
    ['c1', false],
  ])('every part: %s → %s', (id, expected) => expect(paragraphIdPattern().test(id)).toBe(expected));

  it.each([
    ['q1', true],
    ['a2', true],
    ['h1', false],
    ['d1', false],
  ])('question and answer only: %s → %s', (id, expected) => expect(paragraphIdPattern([PART.question, PART.answer]).test(id)).toBe(expected));
});

describe('the full transcript', () => {
  it('names a question q5 and prefixes its ids with q5-', () => {
    expect(transcriptQuestionId(5)).toBe('q5');
    expect(transcriptPrefix(5)).toBe('q5-');
    expect(paragraphOf(`${transcriptPrefix(5)}${paragraphId(PART.answer, 3)}`)).toEqual({ part: 'a', number: 3 });
  });
});

describe('correction ids', () => {
  it('numbers notes c1, c2 … and reads the number back, prefixed or not', () => {
    expect(noteId(1)).toBe('c1');
    expect(NOTE_ID.test(noteId(12))).toBe(true);
    expect(NOTE_ID.test('a1')).toBe(false);
    expect(noteNumberOf('c12')).toBe(12);
    expect(noteNumberOf('q5-c2')).toBe(2);
    expect(noteNumberOf('a3')).toBeUndefined();
  });

  it('links a note back to its mark', () => expect(noteRefId('q5-c1')).toBe('ref-q5-c1'));

  it.each([
    ['search-a2-c1', 'a2'],
    ['search-q12-c10', 'q12'],
    ['search-a2', undefined],
    ['a2-c1', undefined],
    ['search-x2-c1', undefined],
  ])('reads the paragraph of the search span %s', (id, expected) => expect(correctionSpanParagraph(id)).toBe(expected));

  it('gives the search span of a paragraph and note, and reads it back', () => {
    expect(correctionSpanId('a2', 'c1')).toBe('search-a2-c1');
    expect(correctionSpanParagraph(correctionSpanId('h1', noteId(3)))).toBe('h1');
  });
});

describe('the patterns written out in the module', () => {
  it.each(Object.entries(PART))('read every id it gives for the %s', (_, part) => {
    const id = paragraphId(part, 7);
    expect(paragraphIdPattern().test(id)).toBe(true);
    expect(paragraphOf(englishIdOf(`${transcriptPrefix(3)}${id}`, 1))).toEqual({ part, number: 7 });
    expect(correctionSpanParagraph(correctionSpanId(id, noteId(2)))).toBe(id);
  });

  it('read every note id it gives', () => {
    expect(NOTE_ID.test(noteId(7))).toBe(true);
    expect(noteNumberOf(`${transcriptPrefix(3)}${noteId(7)}`)).toBe(7);
  });
});
