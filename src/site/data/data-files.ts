import type { Script } from '../../shared/content/schema';
import { questionPath } from '../../shared/paths';
import { siteHref } from '../../shared/site-href';
import { dataFiles, sortRows, type DataFile } from '../lib/data/files';
import { serializeRows, type DataFormat } from '../lib/data/formats';
import { questionRow } from '../lib/data/rows';
import { conferencesIn, questionsByConference, type ConferenceEntry, type QuestionEntry } from './archive';
import { cacheKeyOf } from './cache-key';
import { bodyOf } from './page-body';

/** The conferences of one year of a script and their questions: what that year's files are made of. */
interface YearEntries {
  conferences: ConferenceEntry[];
  questions: QuestionEntry[];
}

const yearsByScript = new Map<Script, Promise<Map<string, YearEntries>>>();

/** Group a script's conferences and questions by year, once a build. */
function entriesByYear(script: Script): Promise<Map<string, YearEntries>> {
  let years = yearsByScript.get(script);
  if (!years) {
    years = Promise.all([conferencesIn(script), questionsByConference(script)]).then(([conferences, grouped]) => {
      const byYear = new Map<string, YearEntries>();
      for (const conference of conferences) {
        const questions = grouped.get(conference.data.conference) ?? [];
        if (questions.length === 0) continue;
        const year = conference.data.date.slice(0, 4);
        const entries = byYear.get(year) ?? { conferences: [], questions: [] };
        entries.conferences.push(conference);
        entries.questions.push(...questions);
        byYear.set(year, entries);
      }
      return byYear;
    });
    yearsByScript.set(script, years);
  }
  return years;
}

/** Give a script's data files (src/site/lib/data/files.ts) from its questions per year: no page body is read. */
export async function dataFilesOf(script: Script): Promise<DataFile[]> {
  const years = await entriesByYear(script);
  return dataFiles(script, [...years].map(([year, entries]) => ({ year, count: entries.questions.length })));
}

/**
 * Give the incremental build's key of a year's file: the digests of its conferences and questions,
 * and the site's address, which every row's `url` holds. A year nothing was added to keeps its files.
 */
export async function yearFileKey(script: Script, year: string, format: DataFormat): Promise<string> {
  const entries = (await entriesByYear(script)).get(year);
  return cacheKeyOf({ format, site: import.meta.env.SITE, base: import.meta.env.BASE_URL, conferences: entries?.conferences ?? [], questions: entries?.questions ?? [] });
}

/** Write one year's file of a script, reading the bodies of that year's question pages only. */
export async function yearFileText(script: Script, year: string, format: DataFormat): Promise<string> {
  const entries = (await entriesByYear(script)).get(year) ?? { conferences: [], questions: [] };
  const conferences = new Map(entries.conferences.map((conference) => [conference.data.conference, conference.data]));
  const rows = entries.questions.map((question) =>
    questionRow({
      question: question.data,
      conference: conferences.get(question.data.conference)!,
      body: bodyOf(question),
      url: new URL(siteHref(questionPath(script, question.data.conference, question.data.number, question.data.questionCount)), import.meta.env.SITE).href,
    }),
  );
  return serializeRows(sortRows(rows), format);
}
