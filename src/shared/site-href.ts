import { withBase } from './paths';

/** The sub-path the site is built for (`base` in astro.config.mjs), bound once for pages and page scripts. */
const BASE = import.meta.env.BASE_URL;

/** Prefix a site path (`/2024-03-07-wang-yi/`) with the configured base (`/transcripts/2024-03-07-wang-yi/`). */
export function siteHref(path: string): string {
  return withBase(BASE, path);
}
