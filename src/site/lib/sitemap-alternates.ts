import { scripts, type Script } from '../../shared/content/schema';
import { twinPath } from '../../shared/paths';

/** A sitemap entry's `hreflang` alternate. */
export interface Alternate {
  url: string;
  lang: Script;
}

/**
 * Give a page's alternates in the sitemap: the same page in each script, since every page is built
 * in both. Worked out from the URL itself: the sitemap integration's own i18n option compares every
 * URL with every other (quadratic: seconds at 30,000 pages, minutes at 150,000).
 * @param url the page's full URL, e.g. `https://example.org/transcripts/zh-hant/2024-03-07-wang-yi/05/`
 * @param base the site's base path (`/`, `/transcripts/`)
 */
export function scriptAlternates(url: string, base: string): Alternate[] {
  const page = new URL(url);
  const root = base.replace(/\/$/, '');
  const path = page.pathname.slice(root.length);
  return scripts.map((lang) => ({ lang, url: new URL(`${root}${twinPath(path, lang)}`, page).href }));
}
