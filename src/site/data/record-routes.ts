import type { Script } from '../../shared/content/schema';
import type { RecordQuestion } from '../lib/record/facts';
import { paginate } from '../lib/record/pages';
import type { YearCount } from '../lib/record/per-year';
import type { RoleSpan } from '../lib/record/speakers';
import { conferencePath, outletsPath, questionPath, speakersPath } from '../../shared/paths';
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

/** Which page of a paginated list a page is, and the paths of all its pages. */
export interface ListPage {
  page: number;
  /** The path of each page, the first first. */
  paths: string[];
}

/** The pages of the record across conferences, as the route file renders them. */
export type RecordRoute =
  | { kind: 'speakers' | 'outlets'; entries: ListedRecord[]; list: ListPage }
  | {
      kind: 'speaker';
      name: string;
      roles: RoleSpan[];
      first: string;
      last: string;
      answerCount: number;
      perYear: YearCount[];
      hosted: { href: string; date: string; name: string }[];
      hostedCount: number;
      answers: ListedQuestion[];
      list: ListPage;
    }
  | {
      kind: 'outlet';
      name: string;
      english?: string;
      first: string;
      last: string;
      questionCount: number;
      perYear: YearCount[];
      answerers: (ListedName & { count: number })[];
      questions: ListedQuestion[];
      list: ListPage;
    };

/** Rows of hosted conferences a host's first page shows: the latest, as many as a page of answers. */
const HOSTED_SHOWN = 100;

/** Give every page of a script's speakers and outlets, and of their lists, with their paths. */
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
    const pages = paginate(speaker.answers);
    const paths = pages.map((_, index) => record.speakerHref(speaker.name, index + 1)!);
    const hosted = speaker.hosted.slice(0, HOSTED_SHOWN).map((conference) => ({
      href: conferencePath(script, conference.conference),
      date: conference.date,
      name: shortHeadline(conference.headline),
    }));
    pages.forEach((answers, index) =>
      routes.push({
        path: paths[index]!,
        route: {
          kind: 'speaker',
          name: speaker.name,
          roles: speaker.roles,
          first: speaker.first,
          last: speaker.last,
          answerCount: speaker.answers.length,
          perYear: speaker.perYear,
          hosted: index === 0 ? hosted : [],
          hostedCount: speaker.hosted.length,
          answers: answers.map(listed),
          list: { page: index + 1, paths },
        },
      }),
    );
  }
  const outlets = [...record.outlets.values()];
  const outletEntries = outlets
    .map((outlet) => ({ name: outlet.name, ...(outlet.english ? { english: outlet.english } : {}), href: record.outletHref(outlet.name)!, count: outlet.questions.length, first: outlet.first, last: outlet.last }))
    .sort(mostFirst);
  routes.push(...listRoutes('outlets', outletEntries, (page) => outletsPath(script, page)));
  for (const outlet of outlets) {
    const pages = paginate(outlet.questions);
    const paths = pages.map((_, index) => record.outletHref(outlet.name, index + 1)!);
    const answerers = outlet.answerers.map(({ name, count }) => ({ ...named(name, record.speakerHref(name)), count }));
    pages.forEach((questions, index) =>
      routes.push({
        path: paths[index]!,
        route: {
          kind: 'outlet',
          name: outlet.name,
          ...(outlet.english ? { english: outlet.english } : {}),
          first: outlet.first,
          last: outlet.last,
          questionCount: outlet.questions.length,
          perYear: outlet.perYear,
          answerers,
          questions: questions.map(listed),
          list: { page: index + 1, paths },
        },
      }),
    );
  }
  return routes;
}

/** Order the list of speakers or outlets: most answers or questions first, then by name. */
function mostFirst(left: ListedRecord, right: ListedRecord): number {
  return right.count - left.count || (left.name < right.name ? -1 : left.name > right.name ? 1 : 0);
}

/** Give the pages of the list of speakers or of outlets. */
function listRoutes(kind: 'speakers' | 'outlets', entries: ListedRecord[], pathOf: (page: number) => string) {
  const pages = paginate(entries);
  const paths = pages.map((_, index) => pathOf(index + 1));
  return pages.map((slice, index) => ({ path: paths[index]!, route: { kind, entries: slice, list: { page: index + 1, paths } } satisfies RecordRoute }));
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
