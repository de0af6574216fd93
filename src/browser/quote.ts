// The ❝ button's quote and the citations' date read: loaded when a reader points at or focuses a ❝
// button or the citations, so pages carry none of it before.
import type { Script } from '../shared/content/schema';
import { formatQuote, markCorrection } from '../shared/quote';
import { keepWords } from './words';

const article = document.querySelector<HTMLElement>('article');
const script: Script = document.documentElement.lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';

/** Read a fact about the page from its article: a data attribute (`data-source`), else the search index's metadata. */
const about = (name: string) =>
  article?.dataset[name] ?? article?.querySelector(`[data-pagefind-meta^="${name}:"]`)?.getAttribute('data-pagefind-meta')?.slice(name.length + 1);

/**
 * Mark each correction in a copy of a paragraph as an edition does (`（是）〔说〕`), so the quote credits
 * the speaker with the printed words and shows the site's reading; give the reasons, in order.
 */
function markCorrections(copy: HTMLElement): string[] {
  const reasons = [...copy.querySelectorAll<HTMLElement>('[data-tip]')].map((mark) => mark.dataset.tip?.trim() ?? '').filter(Boolean);
  copy.querySelectorAll('del').forEach((printed) => printed.replaceWith(markCorrection(printed.textContent ?? '', '')));
  copy.querySelectorAll('ins:not([hidden])').forEach((reading) => reading.replaceWith(markCorrection('', reading.textContent ?? '')));
  return reasons;
}

/** Write the editor's note on a quote's corrections from the page's template (`…订正：{reasons}`). */
function noteOn(reasons: readonly string[]): string | undefined {
  const template = document.querySelector<HTMLElement>('.toast')?.dataset.quoteNote;
  if (reasons.length === 0 || !template) return undefined;
  return template.replace('{reasons}', reasons.map((reason) => (/[。！？.!?]$/u.test(reason) ? reason : `${reason}。`)).join(''));
}

/** Quote a paragraph as printed, each correction marked and explained, with who said it, where and when, and its link. */
export function quoteOf(paragraph: HTMLElement): string {
  const copy = paragraph.cloneNode(true) as HTMLElement;
  const reasons = markCorrections(copy);
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
    note: noteOn(reasons),
  });
}

// GB/T 7714 cites the day the reader read the page: today, in the reader's time zone (Swedish dates are ISO's).
document.querySelectorAll('[data-accessed]').forEach((element) => (element.textContent = new Date().toLocaleDateString('sv')));
