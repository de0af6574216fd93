import type { APIRoute } from 'astro';
import { conferencesIn } from '../../site/data/archive';
import { archiveRecords } from '../../site/data/record';
import { restParam } from '../../site/data/routes';
import { useStrings } from '../../site/i18n/strings';
import { scripts, type Script } from '../../shared/content/schema';
import { atomFeed, FEED_ENTRIES, type AtomEntry } from '../../site/lib/feeds/atom';
import type { RecordQuestion } from '../../site/lib/record/facts';
import { archivePath, conferencePath, feedPath, questionPath } from '../../shared/paths';
import { siteHref } from '../../shared/site-href';

/** What one feed follows: its page, its title, and its entries as site paths. */
interface FeedProps {
  script: Script;
  page: string;
  title: string;
  entries: (Omit<AtomEntry, 'url'> & { path: string })[];
}

/** Give a question as a feed entry: its heading, its day, who answers, and the first sentence of the answer or question. */
function questionEntry(script: Script, question: RecordQuestion, summary: string): FeedProps['entries'][number] {
  return {
    path: questionPath(script, question.conference, question.number, question.questionCount),
    title: question.topic,
    date: question.date,
    authors: question.answerers,
    summary,
  };
}

/**
 * The Atom feeds: new conferences (`/feed.xml`), and each speaker's answers, each outlet's
 * questions and the questions naming each region (`/speakers/王毅/feed.xml`, `/regions/us/feed.xml`), in each script, newest first. Each page announces its feed in its head.
 */
export async function getStaticPaths() {
  const records = await archiveRecords();
  const feeds: FeedProps[] = [];
  for (const script of scripts) {
    const t = useStrings(script);
    const conferences = (await conferencesIn(script)).slice(0, FEED_ENTRIES);
    feeds.push({
      script,
      page: archivePath(script),
      title: t('feed.conferences'),
      entries: conferences.map(({ data }) => ({
        path: conferencePath(script, data.conference),
        title: data.headline,
        date: data.date,
        authors: data.officials,
        summary: t('archive.questions', { count: data.questionCount }),
      })),
    });
    const { speakers, outlets, regions, speakerHref, outletHref, regionHref } = records[script];
    for (const speaker of speakers.values()) {
      const entries = speaker.answers.slice(0, FEED_ENTRIES).map((question) => questionEntry(script, question, question.answerExcerpt));
      feeds.push({ script, page: speakerHref(speaker.name)!, title: t('speaker.feed', { name: speaker.name }), entries });
    }
    for (const outlet of outlets.values()) {
      const entries = outlet.questions.slice(0, FEED_ENTRIES).map((question) => questionEntry(script, question, question.questionExcerpt));
      feeds.push({ script, page: outletHref(outlet.questions[0]?.outlet)!, title: t('outlet.feed', { name: outlet.name }), entries });
    }
    for (const region of regions.values()) {
      const entries = region.questions.slice(0, FEED_ENTRIES).map(({ question, inQuestion }) => questionEntry(script, question, inQuestion ? question.questionExcerpt : question.answerExcerpt));
      feeds.push({ script, page: regionHref(region.code)!, title: t('region.feed', { name: region.name }), entries });
    }
  }
  return feeds.map((feed) => ({ params: { prefix: restParam(feed.page) }, props: feed }));
}

export const GET: APIRoute = ({ props, site }) => {
  const feed = props as FeedProps;
  const absolute = (path: string) => new URL(siteHref(path), site).href;
  const xml = atomFeed({
    self: absolute(feedPath(feed.page)),
    page: absolute(feed.page),
    title: feed.title,
    language: feed.script,
    author: useStrings(feed.script)('site.name'),
    entries: feed.entries.map(({ path, ...entry }) => ({ ...entry, url: absolute(path) })),
    fallbackDate: feed.entries[0]?.date ?? '1970-01-01',
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
