import { closeSync, openSync, readSync } from 'node:fs';

/** How much of a built page to read: the robots tag comes right after the charset and viewport. */
const HEAD_BYTES = 1024;
const NOINDEX = /<meta name="robots" content="noindex"/;

/**
 * Make the sitemap's test of whether a built page asks search engines to leave it out (a question
 * missing from a partial text, the 404 page): the page says so itself, early in its head, so only
 * the first kilobyte of each page is read.
 * @param dist the build's output folder
 * @param base the site's base path (`/`, `/transcripts/`)
 */
export function unlistedPages(dist: URL, base: string): (url: string) => boolean {
  const root = base.replace(/\/$/, '');
  const head = Buffer.alloc(HEAD_BYTES);
  return (url) => {
    const path = decodeURIComponent(new URL(url).pathname.slice(root.length));
    let file: number;
    try {
      file = openSync(new URL(`.${path}${path.endsWith('/') ? 'index.html' : ''}`, dist), 'r');
    } catch {
      return false;
    }
    try {
      return NOINDEX.test(head.toString('utf8', 0, readSync(file, head, 0, HEAD_BYTES, 0)));
    } finally {
      closeSync(file);
    }
  };
}
