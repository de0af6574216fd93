import type { APIRoute } from 'astro';
import { conferencesIn, questionsByConference } from '../../site/data/archive';
import { restParam } from '../../site/data/routes';
import { scripts, type Script } from '../../shared/content/schema';
import { archivePath } from '../../shared/paths';
import { conferenceFilters, conferenceNames, filterValues, questionFilters, type FilterMenus } from '../../shared/search/filters';

/**
 * Every value of the search form's filters in one script, from the same functions that give each
 * page its filters, and each conference's name for its menu. The form reads its menus here rather than from Pagefind's filter index: once
 * loaded there, Pagefind counts every filter's values on every search, which at the scale of the
 * archive costs more than the search itself.
 */
export function getStaticPaths() {
  return scripts.map((script) => ({ params: { prefix: restParam(archivePath(script)) }, props: { script } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { script } = props as { script: Script };
  const [conferences, grouped] = await Promise.all([conferencesIn(script), questionsByConference(script)]);
  const pages = [...conferences.map((conference) => conferenceFilters(conference.data)), ...[...grouped.values()].flat().map((question) => questionFilters(question.data))];
  const menus: FilterMenus = { ...filterValues(pages), names: conferenceNames(conferences.map((conference) => conference.data)) };
  return new Response(JSON.stringify(menus), { headers: { 'Content-Type': 'application/json' } });
};
