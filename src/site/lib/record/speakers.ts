import { namedHosts } from '../hosts';
import { compareText } from '../../../shared/text';
import { newestFirst, type RecordConference, type RecordQuestion } from './facts';
import { perYear, type YearCount } from './per-year';

/** A role someone held with one title (or none printed), and the conferences it spans. */
export interface RoleSpan {
  role: 'official' | 'host';
  title?: string;
  /** The first and last day it was printed. */
  first: string;
  last: string;
  /** How many conferences it was printed at. */
  conferences: number;
}

/** Everything the record holds about one person who answers or hosts. */
export interface SpeakerRecord {
  /** The name the record files them under, the same on both scripts' pages (the simplified one). */
  key: string;
  /** The name as this script's pages print it (the latest printing). */
  name: string;
  /** The questions they answer (alone or with others), newest first. */
  answers: RecordQuestion[];
  /** The conferences they host, newest first. */
  hosted: RecordConference[];
  /** Their roles and titles, in the order they first held them. */
  roles: RoleSpan[];
  /** The days of their first and last appearance (answering, opening or hosting). */
  first: string;
  last: string;
  /** Answers per year, oldest first. */
  perYear: YearCount[];
}

/**
 * Gather each official's and host's record from a script's conferences and questions: everyone who
 * answers a question, speaks as an official, or hosts under a name (a host printed only as `主持人` is no one).
 * @param keyOf gives the name a printed name is filed under (itself in the simplified script)
 */
export function speakerRecords(conferences: readonly RecordConference[], questions: readonly RecordQuestion[], keyOf: (name: string) => string): Map<string, SpeakerRecord> {
  const records = new Map<string, SpeakerRecord>();
  const recordOf = (name: string, date: string) => {
    const key = keyOf(name);
    let record = records.get(key);
    if (!record) {
      record = { key, name, answers: [], hosted: [], roles: [], first: date, last: date, perYear: [] };
      records.set(key, record);
    }
    if (date < record.first) record.first = date;
    if (date >= record.last) {
      record.last = date;
      record.name = name;
    }
    return record;
  };
  const observations = new Map<string, { role: RoleSpan['role']; title?: string; conference: string; date: string }[]>();
  const observe = (name: string, role: RoleSpan['role'], title: string | undefined, conference: string, date: string) => {
    const key = keyOf(name);
    const list = observations.get(key) ?? [];
    list.push({ role, ...(title ? { title } : {}), conference, date });
    observations.set(key, list);
  };
  for (const conference of conferences) {
    const { date } = conference;
    for (const host of namedHosts(conference.hosts)) {
      recordOf(host, date).hosted.push(conference);
      observe(host, 'host', undefined, conference.conference, date);
    }
    for (const official of conference.officials) {
      recordOf(official, date);
      observe(official, 'official', undefined, conference.conference, date);
    }
    for (const { speaker, role, title } of conference.speakers) if (records.has(keyOf(speaker))) observe(speaker, role, title, conference.conference, date);
  }
  for (const question of questions) {
    for (const answerer of new Set(question.answerers.map(keyOf))) {
      const name = question.answerers.find((printed) => keyOf(printed) === answerer) ?? answerer;
      recordOf(name, question.date).answers.push(question);
      observe(name, 'official', undefined, question.conference, question.date);
    }
    for (const { speaker, role, title } of question.speakers) if (records.has(keyOf(speaker))) observe(speaker, role, title, question.conference, question.date);
  }
  const result = new Map<string, SpeakerRecord>();
  for (const key of [...records.keys()].sort(compareText)) {
    const record = records.get(key)!;
    record.answers.sort(newestFirst);
    record.hosted.sort(newestFirst);
    record.roles = roleSpans(observations.get(key) ?? []);
    record.perYear = perYear(record.answers.map((answer) => answer.date));
    result.set(key, record);
  }
  return result;
}

/**
 * Group a person's printed roles and titles into spans: a role printed without a title at a
 * conference where the same role is printed with one is that titled role, not a span of its own.
 */
function roleSpans(observations: readonly { role: RoleSpan['role']; title?: string; conference: string; date: string }[]): RoleSpan[] {
  const titled = new Set(observations.filter((seen) => seen.title).map((seen) => `${seen.role}\u0000${seen.conference}`));
  const spans = new Map<string, RoleSpan & { at: Set<string> }>();
  for (const seen of observations) {
    if (!seen.title && titled.has(`${seen.role}\u0000${seen.conference}`)) continue;
    const id = `${seen.role}\u0000${seen.title ?? ''}`;
    const span = spans.get(id) ?? { role: seen.role, ...(seen.title ? { title: seen.title } : {}), first: seen.date, last: seen.date, conferences: 0, at: new Set<string>() };
    if (seen.date < span.first) span.first = seen.date;
    if (seen.date > span.last) span.last = seen.date;
    span.at.add(seen.conference);
    spans.set(id, span);
  }
  return [...spans.values()]
    .map(({ at, ...span }) => ({ ...span, conferences: at.size }))
    .sort((left, right) => compareText(left.first, right.first) || compareText(left.last, right.last) || compareText(left.role, right.role) || compareText(left.title ?? '', right.title ?? ''));
}
