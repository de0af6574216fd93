import type { RecordQuestion } from '../../src/site/lib/record/facts';

/** A question as the record reads it, the fields a test does not care about filled in. */
export function recordQuestion(conference: string, number: number, extra: Partial<RecordQuestion> = {}): RecordQuestion {
  return {
    conference,
    date: conference.slice(0, 10),
    number,
    questionCount: 9,
    topic: `第${number}问`,
    questionExcerpt: '问。',
    answerExcerpt: '答。',
    questioner: '记者',
    answerers: ['林远'],
    regions: { question: [], answer: [] },
    speakers: [],
    ...extra,
  };
}
