// The ❝ button's quote and the citations' date read: loaded when a reader points at or focuses a ❝
// button or the citations, so pages carry none of it before.
import type { Script } from '../lib/content/schema';
import { formatQuote } from '../lib/quote';
import { keepWords } from './words';

const article = document.querySelector<HTMLElement>('article');
const script: Script = document.documentElement.lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';

/** Read a fact about the page from its article: a data attribute (`data-source`), else the search index's metadata. */
const about = (name: string) =>
  article?.dataset[name] ?? article?.querySelector(`[data-pagefind-meta^="${name}:"]`)?.getAttribute('data-pagefind-meta')?.slice(name.length + 1);

/** Quote a paragraph as it reads corrected, with who said it, where and when, and its link. */
export function quoteOf(paragraph: HTMLElement): string {
  const copy = paragraph.cloneNode(true) as HTMLElement;
  keepWords(copy);
  return formatQuote({
    text: copy.textContent ?? '',
    script,
    english: paragraph.lang === 'en',
    speaker: paragraph.closest('.turn')?.querySelector('.speaker-name')?.textContent,
    conference: about('conference'),
    date: about('date'),
    source: about('source'),
    url: `${location.origin}${location.pathname}#${paragraph.id}`,
  });
}

// GB/T 7714 cites the day the reader read the page: today, in the reader's time zone (Swedish dates are ISO's).
document.querySelectorAll('[data-accessed]').forEach((element) => (element.textContent = new Date().toLocaleDateString('sv')));
