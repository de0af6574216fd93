// The search dialog: loaded on first use only, then Pagefind and the script map on first open.
import { useStrings } from '../i18n/strings';
import type { Script } from '../lib/content/schema';
import { searchFiltersPath } from '../lib/paths';
import { correctionsOf, indexedWords, paragraphsOf } from '../lib/search/anchor';
import { spansMoreThanAYear } from '../lib/search/dates';
import type { ExcerptPart } from '../lib/search/excerpt';
import type { FilterValues } from '../lib/search/filters';
import { pageHits } from '../lib/search/hits';
import { orderOf } from '../lib/search/order';
import { FILTER_KEYS, filtersOf, isEmpty, searchOf, stateOf, type SearchState } from '../lib/search/state';
import { holdsEvery, queryTerms } from '../lib/search/terms';
import { siteHref } from '../lib/site-href';
import { allFound, bestFirst, loadEngine, newestFirst, preloadQuery, type Found, type PagefindResultData } from './search-engine';

const MAX_QUERY = 200;
// Pages shown at once, and the first few among them whose text is read before the list first shows.
const PAGE_SIZE = 20;
const FIRST_RESULTS = 5;
const HIT_OPTIONS = { shown: 3, length: 64 };
const script: Script = document.documentElement.lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
const t = useStrings(script);
// On the search page the address holds the search (shareable, and Back returns to the one before);
// over any other page the dialog leaves the address alone: it names the paragraph being read.
const onSearchPage = document.querySelector('[data-search-page]') !== null;

let dialog: HTMLDialogElement | undefined;

let filterValues: Promise<FilterValues> | undefined;
/** Fetch the values the search form's filters offer, once (its menus and the archive's dates). */
function loadFilterValues(): Promise<FilterValues> {
  filterValues ??= fetch(siteHref(searchFiltersPath(script))).then((response) => {
    if (!response.ok) throw new Error(`${response.status} fetching the search filters`);
    return response.json() as Promise<FilterValues>;
  });
  return filterValues;
}

/** Start loading the search engine before it is needed (the reader is reaching for the search). */
export function prepareSearch(): void {
  void loadEngine(script).catch(() => {});
}

/** Open the search dialog, building it on first use. */
export function openSearch(): void {
  dialog ??= buildDialog();
  if (!dialog.open) dialog.showModal();
  dialog.querySelector('input')?.focus();
  void loadEngine(script).catch(() => showStatus(t('search.error')));
}

/** Create an element with DOM properties (`textContent`, `className`, …) and children. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Record<string, string | number | boolean> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, properties);
  node.append(...children);
  return node;
}

function buildDialog(): HTMLDialogElement {
  const input = element('input', { type: 'search', name: 'q', maxLength: MAX_QUERY, placeholder: t('search.placeholder'), autocomplete: 'off' });
  input.setAttribute('aria-label', t('search.label'));
  input.setAttribute('enterkeyhint', 'search');
  const selects = { outlet: filterSelect('outlet', t('search.outlet')), answerer: filterSelect('answerer', t('search.answerer')), conference: filterSelect('conference', t('search.conference')) };
  const order = orderSelect();
  const filterBox = element('div', { className: 'search-filters' }, order.label, selects.outlet.label, selects.answerer.label, selects.conference.label);
  const close = element('button', { type: 'button', className: 'search-close', textContent: t('search.close') });
  const form = element('form', { className: 'search-form', role: 'search' }, input, close, filterBox);
  const status = element('p', { className: 'search-status', role: 'status' });
  const results = element('ol', { className: 'search-results' });
  const more = element('button', { type: 'button', className: 'search-more', textContent: t('search.more'), hidden: true });
  const box = element('dialog', { className: 'search-dialog' }, form, status, results, more);
  box.setAttribute('aria-label', t('search.title'));
  document.body.append(box);

  // The date range appears once the archive spans more than a year (its dates come with the filters).
  let archiveDates: string[] = [];
  const range = { from: dateInput('from', t('search.from')), to: dateInput('to', t('search.to')) };
  let filtersFilled: Promise<void> | undefined;
  /** Fill the filter menus once, off the first search's path: after it, or when a menu is reached. */
  const fillFilters = () =>
    (filtersFilled ??= loadFilterValues().then((values) => {
      for (const key of FILTER_KEYS) selects[key].select.append(...values[key].map((value) => element('option', { value, textContent: value })));
      archiveDates = values.date;
      if (spansMoreThanAYear(archiveDates)) {
        for (const { input: field, label } of [range.from, range.to]) {
          Object.assign(field, { min: archiveDates[0], max: archiveDates.at(-1) });
          filterBox.append(label);
        }
      }
    }));

  const readForm = (): SearchState => ({
    q: [...input.value.trim()].slice(0, MAX_QUERY).join(''),
    outlet: selects.outlet.select.value,
    answerer: selects.answerer.select.value,
    conference: selects.conference.select.value,
    from: range.from.input.value,
    to: range.to.input.value,
    sort: order.select.value,
  });
  const writeForm = (state: SearchState) => {
    input.value = state.q;
    for (const key of FILTER_KEYS) selects[key].select.value = state[key];
    range.from.input.value = state.from;
    range.to.input.value = state.to;
    order.select.value = orderOf(state.sort) === 'relevance' ? 'relevance' : '';
  };

  let latest = 0;
  let found: Found = allFound();
  let shown = 0;
  let rejected = 0;
  /** Offer more results while there are any, and say how many there are (or how many so far, while older conferences are still searched). */
  const showProgress = () => {
    more.hidden = shown >= found.results.length && found.complete;
    const total = found.results.length - rejected;
    if (!found.complete) return showStatus(t('search.countSoFar', { count: total }));
    showStatus(total === 0 ? t('search.none') : t('search.count', { count: total }));
  };
  /** Show the next results (searching further shards for them if need be), reading their text first: every term must occur whole (`holdsEvery`). */
  const showMore = async (ticket: number, state: SearchState, count: number) => {
    const { fold } = await loadEngine(script);
    while (found.results.length < shown + count && !found.complete) {
      await found.next();
      if (ticket !== latest) return;
    }
    const terms = queryTerms(state.q);
    const folded = terms.map(fold);
    const batch = found.results.slice(shown, shown + count);
    shown += batch.length;
    const pages = await Promise.all(batch.map((result) => result.data()));
    if (ticket !== latest) return;
    const kept = pages.filter((data) => holdsEvery(fold(data.content), folded));
    rejected += pages.length - kept.length;
    results.append(...kept.map((data) => resultItem(data, terms, fold)));
    showProgress();
  };

  const run = async () => {
    const ticket = ++latest;
    const state = readForm();
    if (isEmpty(state)) {
      results.replaceChildren();
      more.hidden = true;
      showStatus('');
      return;
    }
    showStatus(t('search.loading'));
    try {
      const engine = await loadEngine(script);
      if (state.from || state.to) await fillFilters();
      const filters = filtersOf(state, archiveDates);
      const search =
        filters === null
          ? allFound()
          : state.q && orderOf(state.sort) === 'relevance'
            ? await bestFirst(engine, script, state.q, filters)
            : newestFirst(engine, script, state.q || null, filters);
      if (ticket !== latest) return;
      [found, shown, rejected] = [search, 0, 0];
      results.replaceChildren();
      more.hidden = true;
      await showMore(ticket, state, FIRST_RESULTS);
      if (ticket !== latest) return;
      void fillFilters();
      await showMore(ticket, state, PAGE_SIZE - FIRST_RESULTS);
      // The count: the older shards are searched too, one at a time, the page served in between.
      while (!search.complete && ticket === latest) {
        await new Promise((resolve) => setTimeout(resolve));
        await search.next();
        if (ticket !== latest) return;
        showProgress();
      }
    } catch {
      if (ticket === latest) showStatus(t('search.error'));
    }
  };

  // The address: typing after a finished search starts a new history entry and rewrites it while the
  // typing goes on; Enter finishes it; a filter is an entry of its own. Back returns to the search before.
  let finished = true;
  const record = (how: 'type' | 'enter' | 'filter') => {
    if (!onSearchPage) return;
    const url = `${location.pathname}${searchOf(readForm())}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (how === 'filter' || (how === 'type' && finished)) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    finished = how !== 'type';
  };

  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // Typing supersedes the search on screen: it stops, and its count no longer shows.
    latest += 1;
    const query = input.value.trim().slice(0, MAX_QUERY);
    showStatus(query || !isEmpty(readForm()) ? t('search.loading') : '');
    record('type');
    // Let Pagefind fetch the index chunks for the query while the typing pause runs.
    if (query) {
      void loadEngine(script)
        .then((engine) => preloadQuery(engine, script, query, orderOf(order.select.value)))
        .catch(() => {});
    }
    timer = window.setTimeout(run, 120);
  });
  // Only the filters re-run the search on change: the field fires change when it loses focus, and a
  // search then would rebuild the results under a pointer pressing one of them.
  for (const filter of [order.select, ...FILTER_KEYS.map((key) => selects[key].select), range.from.input, range.to.input]) {
    filter.addEventListener('change', () => {
      record('filter');
      void run();
    });
    filter.addEventListener('focus', () => void fillFilters());
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    record('enter');
    void run();
  });
  more.addEventListener('click', () => void showMore(latest, readForm(), PAGE_SIZE).catch(() => showStatus(t('search.error'))));
  close.addEventListener('click', () => box.close());
  // A click on the backdrop (outside the dialog's box) closes it, like Esc.
  box.addEventListener('click', (event) => {
    if (event.target === box) box.close();
  });
  results.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    // Same-page results only change the fragment: close the dialog so the paragraph shows.
    if (link && link.pathname === location.pathname) box.close();
  });

  if (onSearchPage) {
    /** Run the search the address holds (on arrival, and on Back and Forward). */
    const restore = async () => {
      const state = stateOf(location.search, MAX_QUERY);
      finished = true;
      if (FILTER_KEYS.some((key) => state[key]) || state.from || state.to) await fillFilters().catch(() => {});
      writeForm(state);
      await run();
    };
    window.addEventListener('popstate', () => {
      if (!box.open) openSearch();
      void restore();
    });
    void restore();
  }
  return box;
}

function showStatus(message: string): void {
  const status = dialog?.querySelector('.search-status');
  if (status) status.textContent = message;
}

function filterSelect(name: string, text: string) {
  const select = element('select', { name });
  select.append(element('option', { value: '', textContent: t('search.all') }));
  const label = element('label', {}, `${text} `, select);
  return { select, label };
}

/** The order of the results: newest first (the default), or best match first. */
function orderSelect() {
  const select = element('select', { name: 'sort' });
  select.append(element('option', { value: '', textContent: t('search.newest') }), element('option', { value: 'relevance', textContent: t('search.relevance') }));
  const label = element('label', {}, `${t('search.order')} `, select);
  return { select, label };
}

function dateInput(name: string, text: string) {
  const input = element('input', { type: 'date', name });
  const label = element('label', {}, `${text} `, input);
  return { input, label };
}

/** Show one page: its title and metadata, then each paragraph that holds a term, linked to that paragraph. */
function resultItem(data: PagefindResultData, terms: string[], fold: (text: string) => string): HTMLLIElement {
  const words = indexedWords(data.raw_content ?? data.content, data.content);
  const hits = pageHits(paragraphsOf(words, data.anchors), correctionsOf(data.anchors), terms, fold, HIT_OPTIONS);
  const meta = [data.meta.outlet, data.meta.date].filter(Boolean).join(' · ');
  const paragraphs = hits.paragraphs.map(({ id, excerpt }) =>
    element('li', {}, element('a', { href: id ? `${data.url}#${id}` : data.url }, element('span', { className: 'result-excerpt' }, ...excerptNodes(excerpt)))),
  );
  return element(
    'li',
    {},
    element('a', { href: data.url }, element('span', { className: 'result-title', textContent: data.meta.title ?? data.url })),
    element('p', { className: 'result-meta', textContent: meta }),
    element('ol', { className: 'result-paragraphs' }, ...paragraphs),
    ...(hits.more > 0 ? [element('p', { className: 'result-meta', textContent: t('search.moreParagraphs', { count: hits.more }) })] : []),
  );
}

/** Build an excerpt from text and <mark> only, so nothing in the transcript can become markup. */
function excerptNodes(parts: ExcerptPart[]): Node[] {
  return parts.map((part) => (part.mark ? element('mark', { textContent: part.text }) : document.createTextNode(part.text)));
}
