import type { Script } from '../../shared/content/schema';
import type { RecordQuestion } from '../lib/record/facts';
import { paginate, recordPages, ROWS_PER_PAGE } from '../lib/record/pages';
import type { YearCount } from '../lib/record/per-year';
import type { RegionQuestion } from '../lib/record/regions';
import type { RoleSpan } from '../lib/record/speakers';
import { conferencePath, outletsPath, questionPath, regionsPath, speakersPath } from '../../shared/paths';
import { shortHeadline } from '../lib/short-headline';
import { conferencesIn } from './archive';
import { archiveRecords, type ScriptRecord } from './record';

/** A name on a list, with the path of its page when it has one. */
export interface ListedName {
  name: string;
  href?: string;
}

/** One question as a speaker's or an outlet's page lists it. */
export interface ListedQuestion {
  href: string;
  date: string;
  conference: { href: string; name: string };
  number: number;
  topic: string;
  outlet: ListedName;
  answerers: ListedName[];
  /** On a region's page: whether the question, the answer or both name the region. */
  named?: 'question' | 'answer' | 'both';
}

/** One entry of the list of speakers or outlets. */
export interface ListedRecord {
  name: string;
  english?: string;
  href: string;
  count: number;
  first: string;
  last: string;
}

/** Where a page stands in a list, and the pages around it. */
export interface ListPage {
  /** This page's path. */
  path: string;
  /** The list's first page: the top of a ranking, or a record's newest rows. */
  first: string;
  /** The page before it and after it (a record's newer and older rows). */
  prev?: string;
  next?: string;
  /**
   * A ranking's pages by number, and this page's number. A record's pages go unnumbered: each keeps its
   * rows as the list grows (src/site/lib/record/pages.ts), so that none names how many there are.
   */
  numbered?: { paths: string[]; page: number };
  /** The number of the page's first row, counting down (an `<ol reversed>`'s start). */
  start: number;
  /** The days a record page's rows span, oldest and newest, on every page but the first. */
  span?: { first: string; last: string };
}

/** A speaker's whole record: what their first page shows above the answers. */
export interface SpeakerSummary {
  roles: RoleSpan[];
  first: string;
  last: string;
  answerCount: number;
  perYear: YearCount[];
  hosted: { href: string; date: string; name: string }[];
  hostedCount: number;
}

/** An outlet's whole record: what its first page shows above the questions. */
export interface OutletSummary {
  first: string;
  last: string;
  questionCount: number;
  perYear: YearCount[];
  answerers: (ListedName & { count: number })[];
}

/** A region's whole record: what its first page shows above the questions. */
export interface RegionSummary {
  first: string;
  last: string;
  questionCount: number;
  questionMentions: number;
  answerMentions: number;
  perYear: YearCount[];
  perYearQuestion: YearCount[];
  perYearAnswer: YearCount[];
}

/**
 * The pages of the record across conferences, as the route file renders them. A record's later pages
 * carry no summary: their key for the incremental build then changes only with their own rows.
 */
export type RecordRoute =
  | { kind: 'speakers' | 'outlets' | 'regions'; entries: ListedRecord[]; list: ListPage }
  | { kind: 'speaker'; name: string; summary?: SpeakerSummary; answers: ListedQuestion[]; list: ListPage }
  | { kind: 'outlet'; name: string; english?: string; summary?: OutletSummary; questions: ListedQuestion[]; list: ListPage }
  | { kind: 'region'; code: string; name: string; english: string; summary?: RegionSummary; questions: ListedQuestion[]; list: ListPage };

/** Rows of hosted conferences a host's first page shows: the latest, as many as a page of answers. */
const HOSTED_SHOWN = 100;

/** Give every page of a script's speakers, outlets and regions, and of their lists, with their paths. */
export async function recordRoutes(script: Script): Promise<{ path: string; route: RecordRoute }[]> {
  const record = (await archiveRecords())[script];
  const headlines = new Map((await conferencesIn(script)).map((entry) => [entry.data.conference, shortHeadline(entry.data.headline)]));
  const listed = (question: RecordQuestion) => listQuestion(script, record, headlines, question);
  const routes: { path: string; route: RecordRoute }[] = [];
  const speakers = [...record.speakers.values()];
  const speakerEntries = speakers
    .map((speaker) => ({ name: speaker.name, href: record.speakerHref(speaker.name)!, count: speaker.answers.length, first: speaker.first, last: speaker.last }))
    .sort(mostFirst);
  routes.push(...listRoutes('speakers', speakerEntries, (page) => speakersPath(script, page)));
  for (const speaker of speakers) {
    const summary: SpeakerSummary = {
      roles: speaker.roles,
      first: speaker.first,
      last: speaker.last,
      answerCount: speaker.answers.length,
      perYear: speaker.perYear,
      hosted: speaker.hosted.slice(0, HOSTED_SHOWN).map((conference) => ({ href: conferencePath(script, conference.conference), date: conference.date, name: shortHeadline(conference.headline) })),
      hostedCount: speaker.hosted.length,
    };
    for (const page of recordListPages(speaker.answers, (block) => record.speakerHref(speaker.name, block)!, (answer) => answer.date)) {
      routes.push({ path: page.list.path, route: { kind: 'speaker', name: speaker.name, ...(page.first ? { summary } : {}), answers: page.rows.map(listed), list: page.list } });
    }
  }
  const outlets = [...record.outlets.values()];
  const outletEntries = outlets
    .map((outlet) => ({ name: outlet.name, ...(outlet.english ? { english: outlet.english } : {}), href: record.outletHref(outlet.name)!, count: outlet.questions.length, first: outlet.first, last: outlet.last }))
    .sort(mostFirst);
  routes.push(...listRoutes('outlets', outletEntries, (page) => outletsPath(script, page)));
  for (const outlet of outlets) {
    const summary: OutletSummary = {
      first: outlet.first,
      last: outlet.last,
      questionCount: outlet.questions.length,
      perYear: outlet.perYear,
      answerers: outlet.answerers.map(({ name, count }) => ({ ...named(name, record.speakerHref(name)), count })),
    };
    for (const page of recordListPages(outlet.questions, (block) => record.outletHref(outlet.name, block)!, (question) => question.date)) {
      const english = outlet.english ? { english: outlet.english } : {};
      routes.push({ path: page.list.path, route: { kind: 'outlet', name: outlet.name, ...english, ...(page.first ? { summary } : {}), questions: page.rows.map(listed), list: page.list } });
    }
  }
  routes.push(...regionRoutes(script, record, listed));
  return routes;
}

/** Give the list of regions named, most questions first, and each region's pages. */
function regionRoutes(script: Script, record: ScriptRecord, listed: (question: RecordQuestion) => ListedQuestion): { path: string; route: RecordRoute }[] {
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const regions = [...record.regions.values()];
  const entries = regions
    .map((region) => ({ name: region.name, english: english.of(region.code) ?? region.code, href: record.regionHref(region.code)!, count: region.questions.length, first: region.first, last: region.last }))
    .sort(mostFirst);
  const routes: { path: string; route: RecordRoute }[] = listRoutes('regions', entries, (page) => regionsPath(script, page));
  for (const region of regions) {
    const summary: RegionSummary = {
      first: region.first,
      last: region.last,
      questionCount: region.questions.length,
      questionMentions: region.questionMentions,
      answerMentions: region.answerMentions,
      perYear: region.perYear,
      perYearQuestion: region.perYearQuestion,
      perYearAnswer: region.perYearAnswer,
    };
    for (const page of recordListPages(region.questions, (block) => record.regionHref(region.code, block)!, (entry) => entry.question.date)) {
      const questions = page.rows.map((entry) => ({ ...listed(entry.question), named: whereNamed(entry) }));
      const route: RecordRoute = { kind: 'region', code: region.code, name: region.name, english: english.of(region.code) ?? region.code, ...(page.first ? { summary } : {}), questions, list: page.list };
      routes.push({ path: page.list.path, route });
    }
  }
  return routes;
}

/** Say where a question names a region. */
function whereNamed(entry: RegionQuestion): 'question' | 'answer' | 'both' {
  return entry.inQuestion && entry.inAnswer ? 'both' : entry.inQuestion ? 'question' : 'answer';
}

/** Lay out a record's rows (newest first) in its pages (src/site/lib/record/pages.ts), each with where it stands among them. */
function recordListPages<Row>(rows: readonly Row[], pathOf: (block: number | null) => string, dateOf: (row: Row) => string): { rows: Row[]; first: boolean; list: ListPage }[] {
  const pages = recordPages(rows);
  const paths = pages.map((page) => pathOf(page.block));
  return pages.map((page, index) => {
    const list: ListPage = { path: paths[index]!, first: paths[0]!, start: page.start };
    if (index > 0) list.prev = paths[index - 1]!;
    if (index < paths.length - 1) list.next = paths[index + 1]!;
    if (page.block !== null && page.rows.length > 0) list.span = { first: dateOf(page.rows.at(-1)!), last: dateOf(page.rows[0]!) };
    return { rows: page.rows, first: page.block === null, list };
  });
}

/** Order the list of speakers or outlets: most answers or questions first, then by name. */
function mostFirst(left: ListedRecord, right: ListedRecord): number {
  return right.count - left.count || (left.name < right.name ? -1 : left.name > right.name ? 1 : 0);
}

/** Give the pages of the list of speakers or of outlets. */
function listRoutes(kind: 'speakers' | 'outlets' | 'regions', entries: ListedRecord[], pathOf: (page: number) => string) {
  const pages = paginate(entries);
  const paths = pages.map((_, index) => pathOf(index + 1));
  return pages.map((slice, index) => {
    const list: ListPage = { path: paths[index]!, first: paths[0]!, numbered: { paths, page: index + 1 }, start: index * ROWS_PER_PAGE + 1 };
    if (index > 0) list.prev = paths[index - 1]!;
    if (index < paths.length - 1) list.next = paths[index + 1]!;
    return { path: paths[index]!, route: { kind, entries: slice, list } satisfies RecordRoute };
  });
}

/** Give a name with its page's path, when it has one. */
function named(name: string, href: string | undefined): ListedName {
  return href ? { name, href } : { name };
}

/** Give a question as the lists show it: its conference, heading, outlet and answerers, each with its page. */
function listQuestion(script: Script, record: ScriptRecord, headlines: Map<string, string>, question: RecordQuestion): ListedQuestion {
  return {
    href: questionPath(script, question.conference, question.number, question.questionCount),
    date: question.date,
    conference: { href: conferencePath(script, question.conference), name: headlines.get(question.conference) ?? question.conference },
    number: question.number,
    topic: question.topic,
    outlet: named(question.outlet ?? question.questioner, record.outletHref(question.outlet)),
    answerers: question.answerers.map((name) => named(name, record.speakerHref(name))),
  };
}
