// Progressive enhancements shared by every page. Everything here is optional: without
// JavaScript the pages read, link and navigate the same way.
import { pagefindPath } from '../lib/paths';
import { siteHref } from '../lib/site-href';
import { formatQuote } from '../lib/quote';

const toast = document.querySelector<HTMLElement>('.toast');
let toastTimer = 0;

/** Show a short confirmation in the page's live region. */
function announce(message: string): void {
  if (!toast) return;
  toast.textContent = message;
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (toast.textContent = ''), 2000);
}

/** Quote a paragraph as corrected (struck-out slips left out, controls ignored), with its source. */
function quoteOf(paragraph: HTMLElement): string {
  const copy = paragraph.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('del, a, button, [hidden]').forEach((element) => element.remove());
  return formatQuote({
    text: copy.textContent?.trim() ?? '',
    speaker: paragraph.closest('.turn')?.querySelector('.speaker-name')?.textContent ?? '',
    title: document.title,
    url: `${location.origin}${location.pathname}#${paragraph.id}`,
  });
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

let searchModule: Promise<typeof import('./search')> | undefined;
/** Load the search code on first use only, with Pagefind's script in parallel rather than after it. */
function loadSearch() {
  if (!searchModule) {
    const script = document.documentElement.lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
    import(/* @vite-ignore */ siteHref(`${pagefindPath(script)}pagefind.js`)).catch(() => {});
    searchModule = import('./search');
  }
  return searchModule;
}

/** Open the search dialog. */
function openSearch(): void {
  void loadSearch().then((search) => search.openSearch());
}

// A pointer over or focus on the search link says the reader is about to search: load it now.
for (const type of ['pointerover', 'focusin']) {
  document.addEventListener(type, (event) => {
    if (event.target instanceof Element && event.target.closest('[data-search-open]')) void loadSearch().then((search) => search.prepareSearch());
  });
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const paragraphLink = target?.closest<HTMLAnchorElement>('.para-link');
  if (paragraphLink) {
    navigator.clipboard?.writeText(paragraphLink.href).then(() => announce(toast?.dataset.linkCopied ?? '✓'), () => {});
    return;
  }
  const quoteButton = target?.closest<HTMLButtonElement>('.quote-button');
  if (quoteButton) {
    const paragraph = quoteButton.closest<HTMLElement>('p[id]');
    if (paragraph) navigator.clipboard?.writeText(quoteOf(paragraph)).then(() => announce(toast?.dataset.quoteCopied ?? '✓'), () => {});
    return;
  }
  const scriptSwitch = target?.closest<HTMLAnchorElement>('[data-script-switch]');
  if (scriptSwitch) {
    // Remember the choice, and keep the reader's place in the twin page.
    try {
      localStorage.setItem('script', scriptSwitch.dataset.scriptSwitch ?? '');
    } catch {}
    scriptSwitch.hash = location.hash;
    return;
  }
  if (target?.closest('[data-search-open]') && !(event as MouseEvent).ctrlKey && !(event as MouseEvent).metaKey) {
    event.preventDefault();
    openSearch();
  }
});

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || isTyping(event.target)) return;
  const modified = event.altKey || event.shiftKey;
  if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    openSearch();
  } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !modified) {
    event.preventDefault();
    openSearch();
  } else if (!event.ctrlKey && !event.metaKey && !modified) {
    // Any key may reach here (`"`, `\`, `]`): escaped, it can never break the selector.
    document.querySelector<HTMLAnchorElement>(`.pager a[data-key="${CSS.escape(event.key)}"]`)?.click();
  }
});

// Wide screens show the question list as a sidebar; open its disclosure where CSS cannot.
const toc = document.querySelector<HTMLDetailsElement>('.toc details');
if (toc && matchMedia('(min-width: 64rem)').matches) toc.open = true;

if (navigator.clipboard) document.querySelectorAll<HTMLElement>('.quote-button').forEach((button) => (button.hidden = false));

if (document.querySelector('[data-search-page]')) openSearch();
