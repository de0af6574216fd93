import { compareText } from '../../../shared/text';
import { newestFirst, type RecordQuestion } from './facts';
import { perYear, type YearCount } from './per-year';

/** A question that names a region, and where it names it. */
export interface RegionQuestion {
  question: RecordQuestion;
  inQuestion: boolean;
  inAnswer: boolean;
}

/** Everything the record holds about one country or region: the questions and answers that name it. */
export interface RegionRecord {
  /** ISO 3166 code, or a UN M49 area code (`002`). */
  code: string;
  /** Its name as this script's pages print it. */
  name: string;
  /** The questions whose question or answer names it, newest first. */
  questions: RegionQuestion[];
  /** How many questions name it, and how many answers. */
  questionMentions: number;
  answerMentions: number;
  first: string;
  last: string;
  /** Questions naming it per year, oldest first. */
  perYear: YearCount[];
  /** Of those, per year, how many name it in the question and how many in the answer. */
  perYearQuestion: YearCount[];
  perYearAnswer: YearCount[];
}

/** Gather each region's record from a script's questions, by code in code-point order. */
export function regionRecords(questions: readonly RecordQuestion[]): Map<string, RegionRecord> {
  const records = new Map<string, RegionRecord>();
  for (const question of questions) {
    const inQuestion = new Set(question.regions.question.map((region) => region.code));
    const inAnswer = new Set(question.regions.answer.map((region) => region.code));
    const named = new Map([...question.regions.question, ...question.regions.answer].map((region) => [region.code, region.name]));
    for (const [code, name] of named) {
      const region = { code, name, question: inQuestion.has(code), answer: inAnswer.has(code) };
      const record = records.get(region.code) ?? {
        code: region.code,
        name: region.name,
        questions: [],
        questionMentions: 0,
        answerMentions: 0,
        first: question.date,
        last: question.date,
        perYear: [],
        perYearQuestion: [],
        perYearAnswer: [],
      };
      record.questions.push({ question, inQuestion: region.question, inAnswer: region.answer });
      if (region.question) record.questionMentions++;
      if (region.answer) record.answerMentions++;
      if (question.date < record.first) record.first = question.date;
      if (question.date > record.last) record.last = question.date;
      records.set(region.code, record);
    }
  }
  const result = new Map<string, RegionRecord>();
  for (const code of [...records.keys()].sort(compareText)) {
    const record = records.get(code)!;
    record.questions.sort((left, right) => newestFirst(left.question, right.question));
    const dates = (keep: (entry: RegionQuestion) => boolean) => record.questions.filter(keep).map((entry) => entry.question.date);
    record.perYear = perYear(dates(() => true));
    // The same years as the whole, so the three columns of its table line up.
    record.perYearQuestion = sameYears(record.perYear, perYear(dates((entry) => entry.inQuestion)));
    record.perYearAnswer = sameYears(record.perYear, perYear(dates((entry) => entry.inAnswer)));
    result.set(code, record);
  }
  return result;
}

/** Give counts for exactly the years of `years`, 0 where `counts` has none. */
function sameYears(years: readonly YearCount[], counts: readonly YearCount[]): YearCount[] {
  const byYear = new Map(counts.map((entry) => [entry.year, entry.count]));
  return years.map(({ year }) => ({ year, count: byYear.get(year) ?? 0 }));
}
