import { describe, expect, it } from 'vitest';
import { fullWidthBrackets, missingQuestions, publisherOf } from '../../../src/site/lib/conference-source';

describe('publisherOf', () => {
  it.each([
    [{ dateline: '新华社北京3月7日电' }, '新华社'],
    [{ dateline: '中评社北京4月12日电' }, '中评社'],
    [{ dateline: '新华社北京3月7日电', publication: { publication: '人民日报' } }, '人民日报'],
    [{ dateline: null }, undefined],
  ])('names the publisher of %o', (data, expected) => {
    expect(publisherOf(data)).toBe(expected);
  });
});

describe('fullWidthBrackets', () => {
  it('sets a print marker in full-width brackets', () => {
    expect(fullWidthBrackets('(下转第四版)')).toBe('（下转第四版）');
    expect(fullWidthBrackets('（下转第四版）')).toBe('（下转第四版）');
  });
});

describe('missingQuestions', () => {
  it.each([
    [{ questionCount: 14, questionsAnswered: 21 }, 7],
    [{ questionCount: 14 }, 0],
    [{ questionCount: 14, questionsAnswered: 14 }, 0],
  ])('counts the questions %o leaves out', (data, expected) => {
    expect(missingQuestions(data)).toBe(expected);
  });
});
