// The results as shown: one entry per page with its title, outlet and date, then each paragraph that
// holds a term, linked to it; the count; and moving through the result links with ↓ and ↑.
import type { Strings } from '../site/i18n/strings';
import { correctionsOf, indexedWords, paragraphsOf } from '../shared/search/anchor';
import { excerptLang, type ExcerptPart } from '../shared/search/excerpt';
import { pageHits } from '../shared/search/hits';
import { withoutBreaks } from '../shared/search/segment';
import { element } from './dom';
import type { PagefindResultData } from './search-engine';
import type { Count } from './search-session';

const HIT_OPTIONS = { shown: 3, length: 64 };

/** Say what a search has found: how many results, or at least how many, or that it is still looking. */
export function countMessage({ count, exact, searching }: Count, t: Strings): string {
  if (searching) return t('search.countSoFar', { count });
  if (!exact) return t('search.countAtLeast', { count });
  return count === 0 ? t('search.none') : t('search.count', { count });
}

/** Show one page: its title and metadata, then each paragraph that holds a term, linked to that paragraph. */
export function resultItem(data: PagefindResultData, terms: string[], fold: (text: string) => string, t: Strings): HTMLLIElement {
  const words = indexedWords(data.raw_content ?? data.content, data.content);
  const hits = pageHits(paragraphsOf(words, data.anchors), correctionsOf(data.anchors), terms, fold, HIT_OPTIONS);
  // The date comes written as the pages write it (`2024年3月7日`): its format stays out of the search code, which would share it with the quote code as a chunk of its own.
  const date = data.meta.date ? [element('span', { className: 'result-date', textContent: data.meta.date })] : [];
  const meta = element('p', { className: 'result-meta' }, ...(data.meta.outlet ? [data.meta.outlet, ...(date.length ? [' · '] : [])] : []), ...date);
  const paragraphs = hits.paragraphs.map(({ id, excerpt }) =>
    element('li', {}, element('a', { href: id ? `${data.url}#${id}` : data.url }, element('span', { className: 'result-excerpt', ...excerptLangOf(excerpt) }, ...excerptNodes(excerpt)))),
  );
  return element(
    'li',
    {},
    element('a', { href: data.url }, element('span', { className: 'result-title', textContent: data.meta.title ? withoutBreaks(data.meta.title) : data.url })),
    meta,
    element('ol', { className: 'result-paragraphs' }, ...paragraphs),
    ...(hits.more > 0 ? [element('p', { className: 'result-meta', textContent: t('search.moreParagraphs', { count: hits.more }) })] : []),
  );
}

/** Mark an English excerpt as English, so it is read and set as English. */
function excerptLangOf(parts: ExcerptPart[]): { lang?: string } {
  const lang = excerptLang(parts);
  return lang ? { lang } : {};
}

/** Build an excerpt from text and <mark> only, so nothing in the transcript can become markup. */
function excerptNodes(parts: ExcerptPart[]): Node[] {
  return parts.map((part) => (part.mark ? element('mark', { textContent: part.text }) : document.createTextNode(part.text)));
}

/**
 * Move focus through the result links with ↓ and ↑: ↓ from the field to the first, ↑ from the first
 * back to the field, ↓ from the last to the button that shows more. Enter then opens a link, as links do.
 * @returns whether the key moved focus (and should do nothing else)
 */
export function moveThroughResults(key: string, from: Element | null, field: HTMLElement, results: HTMLElement, more: HTMLButtonElement): boolean {
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return false;
  const links = [...results.querySelectorAll('a')];
  const stops: HTMLElement[] = [field, ...links, ...(more.hidden ? [] : [more])];
  const index = stops.indexOf(from as HTMLElement);
  // ↑ in the field stays the field's own (to the start of the text).
  if (index < 0 || links.length === 0 || (index === 0 && key === 'ArrowUp')) return false;
  const target = stops[key === 'ArrowDown' ? Math.min(index + 1, stops.length - 1) : Math.max(index - 1, 0)];
  target?.focus();
  return true;
}
