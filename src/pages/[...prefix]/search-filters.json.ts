import type { APIRoute } from 'astro';
import { conferencesIn, questionsByConference } from '../../data/archive';
import { restParam } from '../../data/routes';
import { scripts, type Script } from '../../lib/content/schema';
import { archivePath } from '../../lib/paths';
import { conferenceFilters, filterValues, questionFilters } from '../../lib/search/filters';

/**
 * Every value of the search form's filters in one script, from the same functions that give each
 * page its filters. The form reads its menus here rather than from Pagefind's filter index: once
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
  return new Response(JSON.stringify(filterValues(pages)), { headers: { 'Content-Type': 'application/json' } });
};
