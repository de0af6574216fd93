import { describe, expect, it } from 'vitest';
import { correctionSchema, editorialSchema } from '../../../src/lib/editorial/schema';

const valid = { question: 4, original: '是一套', corrected: '说一套', reason: '排印错字。', source: '人民网' };

describe('correctionSchema', () => {
  it('accepts a correction with or without a paragraph', () => {
    expect(correctionSchema.parse(valid)).toEqual(valid);
    expect(correctionSchema.parse({ ...valid, paragraph: 'q2' })).toEqual({ ...valid, paragraph: 'q2' });
  });

  it.each([
    ['question', { question: 1.5 }],
    ['question', { question: -1 }],
    ['paragraph', { paragraph: 'o1' }],
    ['paragraph', { paragraph: 'a' }],
    ['original', { original: '' }],
    ['corrected', { corrected: '' }],
    ['reason', { reason: '' }],
    ['source', { source: '' }],
  ])('rejects a bad %s: %j', (field, change) => {
    const result = correctionSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it('rejects a correction that changes nothing', () => {
    const result = correctionSchema.safeParse({ ...valid, corrected: valid.original });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['original and corrected are the same text']);
  });
});

describe('editorialSchema', () => {
  it('fills defaults', () => {
    expect(editorialSchema.parse({})).toEqual({ outlets: {}, topics: {}, corrections: [] });
  });

  it('rejects unknown fields', () => {
    expect(editorialSchema.safeParse({ topic: {} }).success).toBe(false);
  });

  it.each([['1'], ['14'], ['021']])('accepts the topic key %s', (key) => {
    expect(editorialSchema.safeParse({ topics: { [key]: '题' } }).success).toBe(true);
  });

  it.each([['a'], ['1a'], ['']])('rejects the topic key %j', (key) => {
    expect(editorialSchema.safeParse({ topics: { [key]: '题' } }).success).toBe(false);
  });

  it.each([[0], [1.5]])('rejects questionsAnswered %s', (count) => {
    expect(editorialSchema.safeParse({ questionsAnswered: count }).success).toBe(false);
  });
});
