import { closeSync, openSync, readSync } from 'node:fs';

/** How much of a built page to read: the robots tag comes right after the charset and viewport. */
const HEAD_BYTES = 1024;
const NOINDEX = /<meta name="robots" content="noindex"/;

/** Tell whether a built page asks search engines to leave it out: the page says so early in its head, so only its first kilobyte is read. */
export function isUnlistedFile(file: string | URL): boolean {
  let handle: number;
  try {
    handle = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    return NOINDEX.test(head.toString('utf8', 0, readSync(handle, head, 0, HEAD_BYTES, 0)));
  } finally {
    closeSync(handle);
  }
}

/**
 * Make the sitemap's test of whether a built page asks search engines to leave it out (a question
 * missing from a partial text, the 404 page).
 * @param dist the build's output folder
 * @param base the site's base path (`/`, `/transcripts/`)
 */
export function unlistedPages(dist: URL, base: string): (url: string) => boolean {
  const root = base.replace(/\/$/, '');
  return (url) => {
    const path = decodeURIComponent(new URL(url).pathname.slice(root.length));
    return isUnlistedFile(new URL(`.${path}${path.endsWith('/') ? 'index.html' : ''}`, dist));
  };
}
