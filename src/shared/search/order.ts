/**
 * How search results are ordered: the newest conferences first (the default: what was said last about
 * a subject comes first, and the first results come from the newest shard of the index alone), or
 * best match first across the whole archive.
 */
export const ORDERS = ['newest', 'relevance'] as const;
export type ResultOrder = (typeof ORDERS)[number];

/** The order a search address (`?sort=relevance`) names; anything else is the default, newest first. */
export function orderOf(sort: string): ResultOrder {
  return sort === 'relevance' ? 'relevance' : 'newest';
}

/** Pagefind's sort key that lists pages newest first (`recent:<key>`), ascending. */
export const RECENT_SORT = 'recent';

/**
 * A page's place in the newest-first order, as a key that sorts as text: its conference in the
 * reverse of the archive's order (conference ids begin with their date, so newest first), then its
 * number in the conference (0 for the conference page, before its questions).
 */
export function recentKey(conference: string, number: number): string {
  return `${descending(conference)}/${String(number).padStart(6, '0')}`;
}

/** Write a text so that keys sort in its reverse order: each code unit inverted, then a mark above every digit (so a longer text comes before its prefix). */
function descending(text: string): string {
  let key = '';
  for (let index = 0; index < text.length; index++) key += (0xffff - text.charCodeAt(index)).toString(16).padStart(4, '0');
  return `${key}~`;
}
