// Progressive enhancements shared by every page. Everything here is optional: without
// JavaScript the pages read, link and navigate the same way.
import { loadSearchData, loadShard } from './search-data';
import { isTyping } from './typing';

const script = document.documentElement.lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
const toast = document.querySelector<HTMLElement>('.toast');
let toastTimer = 0;

/** Show a short confirmation in the page's live region. */
function announce(message: string): void {
  if (!toast) return;
  toast.textContent = message;
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (toast.textContent = ''), 2000);
}

// Copies read as the words do (copy.ts): its code loads when the first selection starts.
document.addEventListener('selectstart', () => void import('./copy'), { once: true });

let placeModule: Promise<typeof import('./place')> | undefined;
/** Load the code that keeps the reader's place across the script switch, on first use only. */
const loadPlace = () => (placeModule ??= import('./place'));
// A page the switch opened scrolls to the place the reader left (the place code is the only user of session storage).
try {
  if (sessionStorage.length) void loadPlace().then(({ restorePlace }) => restorePlace());
} catch {}

let searchModule: Promise<typeof import('./search')> | undefined;
/** Load the search code on first use only, with Pagefind's script and the search data in parallel rather than after it. */
function loadSearch() {
  if (!searchModule) {
    loadShard(script, 0).catch(() => {});
    loadSearchData().catch(() => {});
    searchModule = import('./search');
    // A failed load is tried again on the next use.
    searchModule.catch(() => (searchModule = undefined));
  }
  return searchModule;
}

let quoteModule: Promise<typeof import('./quote')> | undefined;
/** Load the quote code on first use only. */
const loadQuote = () => (quoteModule ??= import('./quote'));

/** Open the search dialog. */
function openSearch(): void {
  // Nothing to open while the search code cannot load: the next try loads it again.
  void loadSearch().then((search) => search.openSearch(), () => {});
}

// A pointer over or focus on the search link, a quote button or the citations says what the reader is about to do: load its code now.
for (const type of ['pointerover', 'focusin']) {
  document.addEventListener(type, (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('[data-search-open]')) void loadSearch().then((search) => search.prepareSearch(), () => {});
    if (target?.closest('.quote-button, .cite')) void loadQuote();
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
    if (paragraph) {
      loadQuote()
        .then(({ quoteOf }) => navigator.clipboard.writeText(quoteOf(paragraph)))
        .then(() => announce(toast?.dataset.quoteCopied ?? '✓'), () => {});
    }
    return;
  }
  const citeButton = target?.closest('.cite-copy');
  if (citeButton) {
    // The quote code writes the date read into the citation first.
    loadQuote()
      .then(() => navigator.clipboard.writeText(citeButton.parentElement?.nextElementSibling?.textContent ?? ''))
      .then(() => announce(toast?.dataset.citeCopied ?? '✓'), () => {});
    return;
  }
  const scriptSwitch = target?.closest<HTMLAnchorElement>('[data-script-switch]');
  if (scriptSwitch) {
    // Remember the choice, and keep the reader's place in the twin page.
    try {
      localStorage.setItem('script', scriptSwitch.dataset.scriptSwitch ?? '');
    } catch {}
    scriptSwitch.hash = location.hash;
    const { ctrlKey, metaKey, shiftKey } = event as MouseEvent;
    if (!location.hash && scrollY > 0 && !(ctrlKey || metaKey || shiftKey)) {
      // Go once the place is written down for the twin page.
      event.preventDefault();
      void loadPlace()
        .then(({ keepPlace }) => keepPlace(scriptSwitch.pathname), () => {})
        .then(() => location.assign(scriptSwitch.href));
    }
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
  } else if (!event.ctrlKey && !event.metaKey && !modified && !document.querySelector('dialog[open]')) {
    // ← and → turn the page only while no dialog (search) is open in front of it.
    // Any key may reach here (`"`, `\`, `]`): escaped, it can never break the selector.
    document.querySelector<HTMLAnchorElement>(`.pager a[data-key="${CSS.escape(event.key)}"]`)?.click();
  }
});

// Wide screens show the question list as a sidebar; open its disclosure where CSS cannot, and close
// it again when the window narrows, so the list does not stand expanded above the answer.
const toc = document.querySelector<HTMLDetailsElement>('.toc details');
const wide = matchMedia('(min-width: 64rem)');
const fold = () => toc && (toc.open = wide.matches);
fold();
wide.onchange = fold;

// Keep the current question in view in the sidebar by scrolling the list itself, never the page.
const current = document.querySelector('.toc [aria-current="page"]');
const list = current?.closest('.toc');
if (current && list) list.scrollTop += current.getBoundingClientRect().top - list.getBoundingClientRect().top - list.clientHeight / 3;

if (navigator.clipboard) document.querySelectorAll<HTMLElement>('.quote-button, .cite-copy').forEach((button) => (button.hidden = false));

if (document.querySelector('[data-search-page]')) openSearch();
