/**
 * The pages that ask search engines to leave them out (a question missing from a partial text, the
 * traditional 404 page), as the routes list them. Astro asks the routes for their paths on every
 * build, whether their pages are rendered again or kept, so the list is complete once the pages are
 * built; the sitemap and the search index then read it, in the same process, rather than open every
 * built page to look for its robots tag.
 */
const REGISTRY = Symbol.for('dawenlu.unlistedPages');
type Holder = typeof globalThis & { [REGISTRY]?: ReadonlySet<string> };

/** Record the site paths (`/2024-03-07-wang-yi/15/`) of the pages that are unlisted in this build. */
export function recordUnlistedPages(paths: Iterable<string>): void {
  (globalThis as Holder)[REGISTRY] = new Set(paths);
}

/** The site paths of this build's unlisted pages; an error if the routes have not listed them. */
export function unlistedPages(): ReadonlySet<string> {
  const recorded = (globalThis as Holder)[REGISTRY];
  if (!recorded) throw new Error('The routes did not list their unlisted pages (src/site/data/routes.ts): the sitemap and the search index cannot tell which pages to leave out.');
  return recorded;
}

/** Give the site path of a page as Astro names it (`2024-03-07-wang-yi/15/` or `/2024-03-07-wang-yi/15`). */
export function sitePathOfPage(pathname: string): string {
  const bare = pathname.replace(/^\/+|\/+$/g, '');
  return bare === '' ? '/' : `/${bare}/`;
}

/**
 * Make the sitemap's test of whether a page is unlisted.
 * @param base the site's base path (`/`, `/transcripts/`), which the sitemap's addresses begin with
 */
export function isUnlistedAddress(base: string): (url: string) => boolean {
  const root = base.replace(/\/$/, '');
  return (url) => unlistedPages().has(sitePathOfPage(decodeURIComponent(new URL(url).pathname.slice(root.length))));
}
