/**
 * Reading the request headers a static host answers to (ranges, encodings, conditions) and choosing
 * cache lifetimes. Pure: headers and file facts in, decisions out.
 */
import type { IncomingHttpHeaders } from 'node:http';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = MONTHS.join('|');
// The three forms RFC 9110 §5.6.7 makes recipients accept: IMF-fixdate, the obsolete RFC 850 date, asctime.
const HTTP_DATES = [
  new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>\\d{2}) (?<month>${MONTH}) (?<year>\\d{4}) (?<time>\\d{2}:\\d{2}:\\d{2}) GMT$`),
  new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?<day>\\d{2})-(?<month>${MONTH})-(?<year>\\d{2}) (?<time>\\d{2}:\\d{2}:\\d{2}) GMT$`),
  new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?<month>${MONTH}) (?<day>[ \\d]\\d) (?<time>\\d{2}:\\d{2}:\\d{2}) (?<year>\\d{4})$`),
];

/**
 * Read an HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`, or one of its two obsolete forms) as milliseconds, or null when it is not one.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7
 */
export function parseHttpDate(text: string, now = Date.now()): number | null {
  const match = HTTP_DATES.map((pattern) => pattern.exec(text)).find(Boolean);
  if (!match?.groups) return null;
  const { day, month, year, time } = match.groups as Record<'day' | 'month' | 'year' | 'time', string>;
  const [hours, minutes, seconds] = time.split(':').map(Number) as [number, number, number];
  let fullYear = Number(year);
  if (year.length === 2) {
    // A two-digit year more than 50 years ahead is the last such year in the past.
    fullYear += 2000;
    if (fullYear > new Date(now).getUTCFullYear() + 50) fullYear -= 100;
  }
  const date = new Date(Date.UTC(fullYear, MONTHS.indexOf(month), Number(day), hours, minutes, seconds));
  // Date.UTC rolls 31 Feb over into March and 25:00 into the next day: such a date is not one.
  const exact = date.getUTCDate() === Number(day) && date.getUTCHours() === hours && date.getUTCMinutes() === minutes && date.getUTCSeconds() === seconds;
  return exact ? date.getTime() : null;
}

/** Tell whether the client's copy is current, by ETag (If-None-Match, compared weakly) or else by a valid, past date (If-Modified-Since). */
export function isNotModified(headers: IncomingHttpHeaders, etag: string, modified: Date, now = Date.now()): boolean {
  const tags = headers['if-none-match'];
  if (tags !== undefined) return tags.split(',').some((tag) => tag.trim() === '*' || weakTag(tag.trim()) === weakTag(etag));
  const since = parseHttpDate(headers['if-modified-since'] ?? '', now);
  // A date in the future is no date the client had the file at.
  return since !== null && since <= now && Math.floor(modified.getTime() / 1000) * 1000 <= since;
}

/** Drop the weakness mark of an entity tag, for the weak comparison of RFC 9110 §8.8.3.2. */
const weakTag = (tag: string) => tag.replace(/^W\//, '');

/** Read one byte range (`bytes=0-99`, `bytes=100-`, `bytes=-100`) against a size; null when absent, malformed or multiple (the whole file is sent). */
export function parseRange(header: string, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const first = match[1] === '' ? null : Number(match[1]);
  const last = match[2] === '' ? null : Number(match[2]);
  if (!Number.isSafeInteger(first ?? 0) || !Number.isSafeInteger(last ?? 0)) return null;
  if (first === null) {
    // A suffix: the last N bytes.
    return last === 0 || size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - last!), end: size - 1 };
  }
  if (last !== null && last < first) return null;
  if (first >= size) return 'unsatisfiable';
  return { start: first, end: Math.min(last ?? size - 1, size - 1) };
}

/** Tell whether an Accept-Encoding header accepts gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    return (name === 'gzip' || name === 'x-gzip') && (quality === undefined || Number(quality.slice(2)) > 0);
  });
}

/** Say how long a file may be cached: pages are revalidated, Astro's hashed assets kept for good, the rest briefly. */
export function cacheControl(file: string): string {
  if (file.endsWith('.html')) return 'no-cache';
  if (file.startsWith('_astro/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=300';
}
