import { outletEnglishOf, outletName } from '../../../shared/outlets';
import { compareText } from '../../../shared/text';
import { newestFirst, type RecordQuestion } from './facts';
import { perYear, type YearCount } from './per-year';

/** Someone who answered an outlet's questions, and how many. */
export interface OutletAnswerer {
  key: string;
  name: string;
  count: number;
}

/** Everything the record holds about one outlet that asks. */
export interface OutletRecord {
  /** The name the record files it under, the same on both scripts' pages (the simplified one). */
  key: string;
  /** The name as this script's pages print it, without book-title marks (`人民日报`). */
  name: string;
  /** Its English name: from a conference's editorial data, else the shared table of outlets. */
  english?: string;
  /** Its questions, newest first. */
  questions: RecordQuestion[];
  /** The days of its first and last question. */
  first: string;
  last: string;
  /** Questions per year, oldest first. */
  perYear: YearCount[];
  /** Who answered its questions, most answers first. */
  answerers: OutletAnswerer[];
}

/** Give the name a question's outlet is filed under in its own script (`《人民日报》` → `人民日报`), if the label names one. */
export function questionOutlet(question: Pick<RecordQuestion, 'outlet'>): string | undefined {
  return question.outlet ? outletName(question.outlet) : undefined;
}

/**
 * Gather each outlet's record from a script's questions: every question whose label names an outlet
 * (a bare `记者` or `问` names none).
 * @param keyOf gives the name an outlet is filed under (itself in the simplified script)
 * @param speakerKeyOf gives the name an answerer is filed under
 */
export function outletRecords(questions: readonly RecordQuestion[], keyOf: (name: string) => string, speakerKeyOf: (name: string) => string): Map<string, OutletRecord> {
  const records = new Map<string, OutletRecord>();
  for (const question of questions) {
    const name = questionOutlet(question);
    if (!name) continue;
    const key = keyOf(name);
    const record = records.get(key) ?? { key, name, questions: [], first: question.date, last: question.date, perYear: [], answerers: [] };
    record.questions.push(question);
    if (question.date < record.first) record.first = question.date;
    if (question.date >= record.last) {
      record.last = question.date;
      record.name = name;
    }
    records.set(key, record);
  }
  const result = new Map<string, OutletRecord>();
  for (const key of [...records.keys()].sort(compareText)) {
    const record = records.get(key)!;
    record.questions.sort(newestFirst);
    const english = record.questions.find((question) => question.outletEnglish)?.outletEnglish ?? outletEnglishOf(record.name);
    if (english) record.english = english;
    record.perYear = perYear(record.questions.map((question) => question.date));
    record.answerers = answererCounts(record.questions, speakerKeyOf);
    result.set(key, record);
  }
  return result;
}

/** Count who answered a list of questions (newest first), each answerer once a question, under the name they were last printed with. */
function answererCounts(questions: readonly RecordQuestion[], keyOf: (name: string) => string): OutletAnswerer[] {
  const counts = new Map<string, OutletAnswerer>();
  for (const question of questions) {
    for (const key of new Set(question.answerers.map(keyOf))) {
      const name = question.answerers.find((printed) => keyOf(printed) === key) ?? key;
      const entry = counts.get(key) ?? { key, name, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((left, right) => right.count - left.count || compareText(left.key, right.key));
}
