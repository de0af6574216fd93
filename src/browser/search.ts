// The search: loaded on first use only, then Pagefind and the script map. Over any page it is a
// dialog; on the search page it is the page itself (form and results under its heading).
import { useStrings } from '../site/i18n/strings';
import type { Script } from '../shared/content/schema';
import { searchFiltersPath } from '../shared/paths';
import type { FilterMenus } from '../shared/search/filters';
import { orderOf } from '../shared/search/order';
import { FILTER_KEYS, filtersOf, isEmpty, type PagefindFilters, type SearchState } from '../shared/search/state';
import { queryTerms } from '../shared/search/terms';
import { siteHref } from '../shared/site-href';
import { element } from './dom';
import { retrying } from './retrying';
import { searchAddress, type Change } from './search-address';
import { allFound, bestFirst, loadEngine, newestFirst, preloadQuery } from './search-engine';
import { buildSearchForm, MAX_QUERY } from './search-form';
import { countMessage, moveThroughResults, resultItem } from './search-results';
import { Cancelled, createSession, type Session } from './search-session';

// Pages shown at once, and the first few among them whose text is read before the list first shows.
const PAGE_SIZE = 20;
const FIRST_RESULTS = 5;
// How long typing pauses before the search runs.
const TYPING_PAUSE = 120;
const script: Script = document.documentElement.lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
const t = useStrings(script);
const searchPage = document.querySelector<HTMLElement>('[data-search-page]');

/** Fetch the values the search form's menus offer, once (again after a failure). */
const loadMenus = retrying(async () => {
  const response = await fetch(siteHref(searchFiltersPath(script)));
  if (!response.ok) throw new Error(`${response.status} fetching the search filters`);
  return (await response.json()) as FilterMenus;
});

interface SearchUI {
  /** The dialog, over any page but the search page. */
  dialog: HTMLDialogElement | null;
  field: HTMLInputElement;
  showStatus: (message: string) => void;
}
let ui: SearchUI | undefined;

/** Start loading the search engine before it is needed (the reader is reaching for the search). */
export function prepareSearch(): void {
  void loadEngine(script).catch(() => {});
}

/** Open the search: the dialog, or on the search page its field. */
export function openSearch(): void {
  const search = (ui ??= buildSearch());
  if (search.dialog && !search.dialog.open) search.dialog.showModal();
  search.field.focus();
  void loadEngine(script).catch(() => search.showStatus(t('search.error')));
}

function buildSearch(): SearchUI {
  const parts = buildSearchForm(t, { closable: !searchPage });
  const { form, field } = parts;
  const status = element('p', { className: 'search-status', role: 'status' });
  const results = element('ol', { className: 'search-results' });
  const more = element('button', { type: 'button', className: 'search-more', textContent: t('search.more'), hidden: true });
  // How often the terms were said, per year and per answerer (the search page only): its code and
  // Pagefind's filter counts load when the reader opens it, so the first result comes as fast without it.
  const termsBox = element('div', { className: 'search-terms-body' });
  const termChart = searchPage ? element('details', { className: 'search-terms', hidden: true }, element('summary', { textContent: t('search.terms') }), termsBox) : null;
  let counted: { state: SearchState; filters: PagefindFilters } | undefined;
  let charted: typeof counted;
  const showTerms = () => {
    const search = counted;
    if (!termChart?.open || !search || charted === search) return;
    charted = search;
    const current = () => counted === search;
    void Promise.all([import('./search-terms'), loadEngine(script)])
      .then(([{ showTermCounts }, engine]) => showTermCounts(termsBox, { ...search, engine, script, t }, current))
      .catch(() => {
        charted = undefined;
        if (current()) termsBox.replaceChildren(element('p', { className: 'search-terms-note', textContent: t('search.error') }));
      });
  };
  termChart?.addEventListener('toggle', showTerms);
  let dialog: HTMLDialogElement | null = null;
  if (searchPage) {
    searchPage.querySelector('noscript')?.remove();
    searchPage.append(form, status, ...(termChart ? [termChart] : []), results, more);
  } else {
    dialog = element('dialog', { className: 'search-dialog' }, form, status, results, more);
    dialog.setAttribute('aria-label', t('search.title'));
    document.body.append(dialog);
  }
  const showStatus = (message: string) => (status.textContent = message);
  const address = searchPage ? searchAddress(MAX_QUERY) : null;

  // The menus fill once, off the first search's path: after it, or when a menu is reached.
  let menus: Promise<FilterMenus> | undefined;
  const fillMenus = () => {
    menus ??= loadMenus().then(
      (values) => (parts.fill(values), values),
      (error: unknown) => {
        menus = undefined;
        throw error;
      },
    );
    return menus;
  };

  let session: Session | undefined;
  const showCount = () => {
    if (!session) return;
    more.hidden = !session.hasMore();
    showStatus(countMessage(session.count(), t));
  };
  /** Show the next results (`soon`: as soon as a shard gives one); give them. */
  const showMore = async (current: Session, count: number, terms: string[], fold: (text: string) => string, soon = false) => {
    const items = (await current.next(count, { soon })).map((data) => resultItem(data, terms, fold, t));
    results.append(...items);
    showCount();
    return items;
  };

  const run = async () => {
    session?.cancel();
    const current = (session = createSession());
    // The results on screen belong to the search being replaced: none of them to add to.
    more.hidden = true;
    const state = parts.read();
    counted = undefined;
    if (termChart) termChart.hidden = isEmpty(state);
    if (isEmpty(state)) {
      results.replaceChildren();
      showStatus('');
      return;
    }
    showStatus(t('search.loading'));
    try {
      const engine = await current.wait(loadEngine(script));
      const archiveDates = state.from || state.to ? (await current.wait(fillMenus())).date : [];
      const filters = filtersOf(state, archiveDates);
      const found =
        filters === null
          ? allFound()
          : state.q && orderOf(state.sort) === 'relevance'
            ? await current.wait(bestFirst(engine, script, state.q, filters))
            : newestFirst(engine, script, state.q || null, filters);
      const terms = queryTerms(state.q);
      current.begin(found, terms, engine.fold);
      results.replaceChildren();
      const first = await showMore(current, FIRST_RESULTS, terms, engine.fold, true);
      // An open chart counts the new search once its first results show.
      counted = filters === null ? undefined : { state, filters };
      showTerms();
      void fillMenus().catch(() => {});
      await showMore(current, PAGE_SIZE - first.length, terms, engine.fold);
      // The count: the older shards are searched too, one at a time, the page served in between.
      await current.searchRest(showCount);
    } catch (error) {
      if (!(error instanceof Cancelled)) showStatus(t('search.error'));
    }
  };

  const record = (how: Change) => address?.record(parts.read(), how);

  // While an input method composes (pinyin typed as Latin letters), the field holds no query yet:
  // the search waits for the composition to end.
  let composing = false;
  let timer = 0;
  const typed = () => {
    clearTimeout(timer);
    // Typing supersedes the search on screen: it stops, and its count no longer shows.
    session?.cancel();
    const query = field.value.trim().slice(0, MAX_QUERY);
    showStatus(query || !isEmpty(parts.read()) ? t('search.loading') : '');
    record('type');
    // Let Pagefind fetch the index chunks for the query while the typing pause runs.
    if (query) {
      void loadEngine(script)
        .then((engine) => preloadQuery(engine, script, query, orderOf(parts.read().sort)))
        .catch(() => {});
    }
    timer = window.setTimeout(() => void run(), TYPING_PAUSE);
  };
  field.addEventListener('compositionstart', () => {
    composing = true;
    clearTimeout(timer);
  });
  field.addEventListener('compositionend', () => {
    composing = false;
    typed();
  });
  field.addEventListener('input', (event) => {
    if (!composing && !(event as InputEvent).isComposing) typed();
  });
  // Only the filters re-run the search on change: the field fires change when it loses focus, and a
  // search then would rebuild the results under a pointer pressing one of them.
  for (const control of parts.controls) {
    control.addEventListener('change', () => {
      parts.updateSummary();
      record('filter');
      void run();
    });
    control.addEventListener('focus', () => void fillMenus().catch(() => {}));
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (composing) return;
    clearTimeout(timer);
    record('enter');
    void run();
  });
  const keys = (event: KeyboardEvent) => {
    if (!event.isComposing && moveThroughResults(event.key, document.activeElement, field, results, more)) event.preventDefault();
  };
  field.addEventListener('keydown', keys);
  results.addEventListener('keydown', keys);
  more.addEventListener('keydown', keys);
  more.addEventListener('click', () => {
    const current = session;
    if (!current || current.cancelled) return;
    void loadEngine(script)
      .then(async (engine) => {
        const terms = queryTerms(parts.read().q);
        // Focus moves to the first new result, where reading goes on.
        const [first] = await showMore(current, PAGE_SIZE, terms, engine.fold);
        first?.querySelector('a')?.focus();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Cancelled)) showStatus(t('search.error'));
      });
  });

  if (dialog) {
    const box = dialog;
    parts.close?.addEventListener('click', () => box.close());
    // A click on the backdrop (outside the dialog's box) closes it, like Esc.
    box.addEventListener('click', (event) => {
      if (event.target === box) box.close();
    });
    results.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      // Same-page results only change the fragment: close the dialog so the paragraph shows.
      if (link && link.pathname === location.pathname) box.close();
    });
  }

  if (address) {
    /** Run the search the address holds (on arrival, and on Back and Forward). */
    const restore = async () => {
      const state = address.read();
      address.restored();
      let fold = (text: string) => text;
      // A filter is chosen from its menu, in this page's script (the switch may bring the other's).
      if (FILTER_KEYS.some((key) => state[key]) || state.from || state.to) {
        const [engine] = await Promise.all([loadEngine(script).catch(() => null), fillMenus().catch(() => {})]);
        if (engine) fold = engine.fold;
      }
      parts.write(state, fold);
      await run();
    };
    window.addEventListener('popstate', () => void restore());
    void restore();
  }
  return { dialog, field, showStatus };
}
