import { separateWords } from '../shared/search/segment';

/**
 * A built page cut down to what Pagefind reads of it: the `<html>` tag (the page's language) and every
 * element marked `data-pagefind-body`, whole. A page that marks its body is indexed from that body
 * alone (its text, anchors, filters, metadata and the heading that titles it), so the index is the
 * same; Pagefind parses a fraction of the bytes, and a shard's key changes only when what it indexes
 * does, not with every site-wide stylesheet, script or menu.
 */

// A tag's attributes as Astro writes them (values quoted, so they may hold `>`), and a tag: no raw `<` in text.
const ATTRIBUTES = String.raw`(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?)*`;
const TAG = new RegExp(String.raw`<(\/?)([a-zA-Z][\w-]*)(${ATTRIBUTES})\s*\/?>`, 'gu');
const ROOT = new RegExp(String.raw`<html\b${ATTRIBUTES}\s*>`, 'iu');
const BODY_ATTRIBUTE = /\sdata-pagefind-body(?=[\s=]|$)/u;
// Elements whose content is not text to index.
const RAW_TEXT = new Set(['script', 'style']);
// A character reference (`&amp;`), which a word break must not split.
const REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);/giu;

/**
 * Give the document Pagefind indexes a page from, or the page itself when it marks no body (or its
 * markup cannot be followed), which Pagefind then reads whole as before.
 */
export function indexedDocument(html: string): string {
  const root = ROOT.exec(html);
  if (!root) return html;
  const bodies: string[] = [];
  let open: { name: string; start: number; depth: number } | null = null;
  for (const match of html.matchAll(TAG)) {
    const [tag, closing, name = '', attributes = ''] = match;
    const lower = name.toLowerCase();
    if (open === null) {
      if (!closing && BODY_ATTRIBUTE.test(attributes)) open = { name: lower, start: match.index, depth: 1 };
    } else if (lower === open.name && !tag.endsWith('/>')) {
      open.depth += closing ? -1 : 1;
      if (open.depth === 0) {
        bodies.push(html.slice(open.start, match.index + tag.length));
        open = null;
      }
    }
  }
  if (bodies.length === 0 || open !== null) return html;
  return `<!DOCTYPE html>${root[0]}<body>${bodies.join('')}</body></html>`;
}

/**
 * Break the text of a document into the words search indexes (`separateWords`), leaving its tags,
 * attributes (metadata and filters), scripts and styles as they are.
 */
export function separateWordsInHtml(html: string): string {
  let separated = '';
  let cursor = 0;
  let raw: string | null = null;
  for (const match of html.matchAll(TAG)) {
    const [tag, closing, name = ''] = match;
    const text = html.slice(cursor, match.index);
    separated += (raw === null ? separateText(text) : text) + tag;
    cursor = match.index + tag.length;
    const lower = name.toLowerCase();
    if (raw === null && !closing && RAW_TEXT.has(lower)) raw = lower;
    else if (raw === lower && closing) raw = null;
  }
  return separated + (raw === null ? separateText(html.slice(cursor)) : html.slice(cursor));
}

/** Break the words of HTML text, leaving its character references whole. */
function separateText(text: string): string {
  let separated = '';
  let cursor = 0;
  for (const match of text.matchAll(REFERENCE)) {
    separated += separateWords(text.slice(cursor, match.index)) + match[0];
    cursor = match.index + match[0].length;
  }
  return separated + separateWords(text.slice(cursor));
}
