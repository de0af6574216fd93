import { createHash } from 'node:crypto';

/** A content collection entry as a route carries it: its digest covers its whole file, frontmatter and body. */
interface EntryLike {
  collection: string;
  id: string;
  digest?: string | undefined;
}

function isEntry(value: unknown): value is EntryLike {
  return typeof value === 'object' && value !== null && 'collection' in value && 'id' in value && 'data' in value;
}

/**
 * Give the incremental build's key of one page from everything its view is given: every value of
 * its route data, each collection entry in it as its file's digest (a question page's own entry,
 * its conference, its sidebar and previous and next neighbours; a list page's entries). Views read
 * nothing else but their entries' files, so an unchanged key means an unchanged page; Astro adds the
 * hash of the page's code.
 * @see https://docs.astro.build/en/reference/experimental-flags/incremental-build/
 */
export function cacheKeyOf(route: object): string {
  const text = JSON.stringify(route, (key, value: unknown) => {
    // What JSON would drop or empty silently would leave a page's key unchanged while it changes.
    if (value instanceof Map || value instanceof Set || typeof value === 'function') throw new Error(`Route data cannot be keyed for the incremental build: "${key}" is a ${value instanceof Map ? 'Map' : value instanceof Set ? 'Set' : 'function'}; pass plain data.`);
    if (!isEntry(value)) return value;
    if (value.digest === undefined) throw new Error(`The ${value.collection} entry ${value.id} has no digest to key its pages by.`);
    return `${value.collection}/${value.id}@${value.digest}`;
  });
  return createHash('sha256').update(text).digest('base64url');
}
