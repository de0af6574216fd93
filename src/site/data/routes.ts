import { scripts } from '../../shared/content/schema';
import { archiveYears, LATEST_CONFERENCES, type ArchiveYear } from '../lib/archive-periods';
import { archivePath, archivePeriodPath, conferencePath, notFoundPath, questionPath, searchPath, transcriptPath } from '../../shared/paths';
import { CONFERENCE_QUESTIONS } from '../lib/question-window';
import { conferencesIn, questionsByConference, type ConferenceEntry, type QuestionEntry } from './archive';
import { archiveRecords } from './record';
import { recordRoutes, type RecordRoute } from './record-routes';
import { cacheKeyOf } from './cache-key';
import { recordUnlistedPages, sitePathOfPage } from '../integrations/unlisted-pages';

/** What one generated route renders, with everything its view needs. */
export type SiteRoute =
  | { kind: 'archive'; conferences: ConferenceEntry[]; years: ArchiveYear[]; period?: { year: string; month?: string } }
  | { kind: 'search' }
  | { kind: 'not-found' }
  | { kind: 'conference'; conference: ConferenceEntry; questions: QuestionEntry[] }
  | { kind: 'missing'; conference: ConferenceEntry; number: number; lastQuestion: QuestionEntry | undefined }
  | { kind: 'transcript'; conference: ConferenceEntry; questions: QuestionEntry[]; part: number; parts: number }
  | {
      kind: 'question';
      conference: ConferenceEntry;
      question: QuestionEntry;
      siblings: QuestionEntry[];
      previous?: QuestionEntry;
      next?: QuestionEntry;
      /** The paths of the pages of the question's answerers (in order), outlet and the regions it names (in order), where they have one. */
      links: QuestionLinks;
    }
  | RecordRoute;

/** The pages a question page links to: its answerers' (in order), its outlet's and the regions' it names (in order), where they have one. */
export interface QuestionLinks {
  answerers: (string | undefined)[];
  outlet?: string;
  /** By region code. */
  regions: Record<string, string | undefined>;
}

/** Turn a site path (`/zh-hant/search/`) into the rest parameter of a route such as `[...path].astro` (`zh-hant/search`). */
export function restParam(path: string): string | undefined {
  return path.replace(/^\/|\/$/g, '') || undefined;
}

/**
 * Build every page of both scripts from one route file, as Starlight does: the archive, search,
 * conference and question pages, and the traditional 404 page (Astro builds the simplified one
 * from src/pages/404.astro), each with the `cacheKey` of what it shows.
 */
export async function sitePaths() {
  const paths = [];
  for (const script of scripts) {
    const [conferences, grouped, records] = await Promise.all([conferencesIn(script), questionsByConference(script), archiveRecords()]);
    // Each page keyed by what it shows, so an incremental build keeps the pages a change leaves alone.
    const route = (path: string, props: SiteRoute) => ({ params: { path: restParam(path) }, props: { route: props }, cacheKey: cacheKeyOf(props) });
    const years = archiveYears(conferences.map((conference) => conference.data.date));
    paths.push(
      route(archivePath(script), { kind: 'archive', conferences: conferences.slice(0, LATEST_CONFERENCES), years }),
      route(searchPath(script), { kind: 'search' }),
    );
    for (const { year, months } of years) {
      const inYear = conferences.filter((conference) => conference.data.date.startsWith(`${year}-`));
      paths.push(route(archivePeriodPath(script, year), { kind: 'archive', conferences: months.length > 0 ? [] : inYear, years, period: { year } }));
      for (const { month } of months) {
        const inMonth = inYear.filter((conference) => conference.data.date.startsWith(`${year}-${month}-`));
        paths.push(route(archivePeriodPath(script, year, month), { kind: 'archive', conferences: inMonth, years, period: { year, month } }));
      }
    }
    if (script !== 'zh-Hans') paths.push(route(notFoundPath(script), { kind: 'not-found' }));
    for (const { path, route: props } of await recordRoutes(script)) paths.push(route(path, props));
    for (const conference of conferences) {
      const questions = grouped.get(conference.data.conference) ?? [];
      paths.push(route(conferencePath(script, conference.data.conference), { kind: 'conference', conference, questions }));
      // Questions answered at the conference but not in a partial text get a page that says so, not a bare 404.
      for (let number = questions.length + 1; number <= (conference.data.questionsAnswered ?? 0); number++) {
        const path = questionPath(script, conference.data.conference, number, conference.data.questionCount);
        paths.push(route(path, { kind: 'missing', conference, number, lastQuestion: questions.at(-1) }));
      }
      // The full transcript, in parts of CONFERENCE_QUESTIONS questions, so no page grows with the conference.
      const parts = Math.max(1, Math.ceil(questions.length / CONFERENCE_QUESTIONS));
      for (let part = 1; part <= parts; part++) {
        const slice = questions.slice((part - 1) * CONFERENCE_QUESTIONS, part * CONFERENCE_QUESTIONS);
        paths.push(route(transcriptPath(script, conference.data.conference, part), { kind: 'transcript', conference, questions: slice, part, parts }));
      }
      questions.forEach((question, index) => {
        const path = questionPath(script, conference.data.conference, question.data.number, question.data.questionCount);
        const { speakerHref, outletHref, regionHref } = records[script];
        const outlet = outletHref(question.data.outlet);
        const links: QuestionLinks = {
          answerers: question.data.answerers.map((name) => speakerHref(name)),
          ...(outlet ? { outlet } : {}),
          regions: Object.fromEntries([...question.data.regions.question, ...question.data.regions.answer].map((region) => [region.code, regionHref(region.code)])),
        };
        paths.push(
          route(path, { kind: 'question', conference, question, siblings: questions, previous: questions[index - 1], next: questions[index + 1], links }),
        );
      });
    }
  }
  // The sitemap and the search index leave these out, once the pages are built.
  recordUnlistedPages(paths.flatMap(({ params, props }) => (props.route.kind === 'missing' || props.route.kind === 'not-found' ? [sitePathOfPage(params.path ?? '')] : [])));
  return paths;
}
