import { describe, expect, it } from 'vitest';
import { regionRecords } from '../../../../src/site/lib/record/regions';
import { recordQuestion } from '../../../helpers/record';

const US = { code: 'US', name: '美国' };
const CN = { code: 'CN', name: '中国' };

describe('regionRecords', () => {
  const records = regionRecords([
    recordQuestion('2022-05-01-a', 1, { regions: { question: [US, CN], answer: [CN] } }),
    recordQuestion('2024-03-07-b', 2, { regions: { question: [], answer: [US] } }),
    recordQuestion('2024-03-07-b', 1, { regions: { question: [US], answer: [US] } }),
    recordQuestion('2024-03-08-c', 1),
  ]);

  it('files each region by its code, in code order, with the questions naming it newest first', () => {
    expect([...records.keys()]).toEqual(['CN', 'US']);
    const us = records.get('US')!;
    expect(us.questions.map(({ question }) => `${question.conference}/${question.number}`)).toEqual(['2024-03-07-b/1', '2024-03-07-b/2', '2022-05-01-a/1']);
    expect([us.first, us.last]).toEqual(['2022-05-01', '2024-03-07']);
  });

  it('tells mentions in questions from mentions in answers, in all and per year', () => {
    const us = records.get('US')!;
    expect([us.questionMentions, us.answerMentions]).toEqual([2, 2]);
    expect(us.perYear).toEqual([
      { year: '2022', count: 1 },
      { year: '2023', count: 0 },
      { year: '2024', count: 2 },
    ]);
    expect(us.perYearQuestion.map((entry) => entry.count)).toEqual([1, 0, 1]);
    expect(us.perYearAnswer.map((entry) => entry.count)).toEqual([0, 0, 2]);
    expect(us.questions.map(({ inQuestion, inAnswer }) => [inQuestion, inAnswer])).toEqual([
      [true, true],
      [false, true],
      [true, false],
    ]);
  });

  it('gives no region for questions that name none', () => {
    expect(regionRecords([recordQuestion('2024-03-08-c', 1)]).size).toBe(0);
  });
});
