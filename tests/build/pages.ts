import type { HtmlElement } from 'html-validate';
import { allElements, attributeOf, parseHtml } from '../helpers/html';
import { DIST, htmlFiles, readDist } from '../helpers/site';

/** What the checks of links and alternates need from one HTML file of the build. */
export interface ParsedPage {
  file: string;
  lang: string;
  ids: string[];
  /** Every URL the file points at: links, stylesheets, scripts, images, icons. */
  links: { tag: string; attribute: string; value: string }[];
  /** References to ids of the same file (aria-describedby, label for, …). */
  references: { attribute: string; value: string }[];
  canonical: string | null;
  alternates: Record<string, string>;
  /** Whether the page asks search engines not to index it (`<meta name="robots" content="noindex">`). */
  noindex: boolean;
  elements: HtmlElement[];
}

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'poster', 'action'];
const ID_REFERENCES = ['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns', 'for', 'list'];

/** Parse one HTML file of the build with a real HTML parser (html-validate's). */
export function parsePage(file: string, folder = DIST): ParsedPage {
  const document = parseHtml(readDist(file, folder));
  const elements = allElements(document);
  const html = elements.find((element) => element.tagName === 'html');
  const links = elements.flatMap((element) =>
    URL_ATTRIBUTES.flatMap((attribute) => {
      const value = attributeOf(element, attribute);
      if (value === null || (attribute === 'action' && element.tagName !== 'form')) return [];
      const values = attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
      return values.map((url) => ({ tag: element.tagName, attribute, value: url }));
    }),
  );
  const references = elements.flatMap((element) =>
    ID_REFERENCES.flatMap((attribute) =>
      (attributeOf(element, attribute) ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((value) => ({ attribute, value })),
    ),
  );
  const linksWithRel = (rel: string) => elements.filter((element) => element.tagName === 'link' && (attributeOf(element, 'rel') ?? '').split(/\s+/).includes(rel));
  return {
    file,
    lang: (html && attributeOf(html, 'lang')) ?? '',
    ids: elements.flatMap((element) => (attributeOf(element, 'id') ? [attributeOf(element, 'id') ?? ''] : [])),
    links,
    references,
    canonical: linksWithRel('canonical').map((link) => attributeOf(link, 'href'))[0] ?? null,
    alternates: Object.fromEntries(
      linksWithRel('alternate')
        .filter((link) => link.hasAttribute('hreflang'))
        .map((link) => [attributeOf(link, 'hreflang') ?? '', attributeOf(link, 'href') ?? '']),
    ),
    noindex: elements.some(
      (element) => element.tagName === 'meta' && attributeOf(element, 'name') === 'robots' && /\bnoindex\b/.test(attributeOf(element, 'content') ?? ''),
    ),
    elements,
  };
}

let cache: ParsedPage[] | undefined;
/** Every HTML file of the shared build, parsed once per test file. */
export function parsedPages(): ParsedPage[] {
  cache ??= htmlFiles().map((file) => parsePage(file));
  return cache;
}
