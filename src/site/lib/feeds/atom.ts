/**
 * Atom feeds (RFC 4287) of the archive's new conferences and of each speaker's and outlet's latest
 * answers: text in, XML out, with no clock (an entry's time is its conference's day).
 * @see https://www.rfc-editor.org/rfc/rfc4287
 */

/** The newest entries a feed holds: readers poll for what is new, the pages keep the rest. */
export const FEED_ENTRIES = 50;

/** One entry of a feed. */
export interface AtomEntry {
  /** The entry's page, absolute: also its id (a page's address never changes). */
  url: string;
  title: string;
  /** The day it was said (`YYYY-MM-DD`). */
  date: string;
  summary?: string;
  /** Who speaks in it. */
  authors?: readonly string[];
}

/** A feed and the page it follows. */
export interface AtomFeed {
  /** The feed's own address, absolute. */
  self: string;
  /** The page the feed follows, absolute: also the feed's id. */
  page: string;
  title: string;
  /** The script of its text (`zh-Hans`). */
  language: string;
  /** Who the feed is by, when no entry names an author (Atom requires one). */
  author: string;
  /** Newest first; only the first FEED_ENTRIES are written. */
  entries: readonly AtomEntry[];
  /** The day to give as updated when there are no entries. */
  fallbackDate: string;
}

/** Escape text for XML content and attribute values. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Give a day as an Atom date-time (`2024-03-07` → `2024-03-07T00:00:00Z`). */
function dateTime(date: string): string {
  return `${date}T00:00:00Z`;
}

/** Write an Atom feed as XML. */
export function atomFeed(feed: AtomFeed): string {
  const entries = feed.entries.slice(0, FEED_ENTRIES);
  const updated = entries.reduce((latest, entry) => (entry.date > latest ? entry.date : latest), entries[0]?.date ?? feed.fallbackDate);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <id>${escapeXml(feed.page)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${dateTime(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.page)}"/>`,
  ];
  for (const entry of entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(entry.url)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${dateTime(entry.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      ...(entry.authors ?? []).map((name) => `    <author><name>${escapeXml(name)}</name></author>`),
      ...(entry.summary ? [`    <summary>${escapeXml(entry.summary)}</summary>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
