// The search dialog: loaded on first use only, then Pagefind and the script map on first open.
import { useStrings } from '../i18n/strings';
import type { Script } from '../lib/content/schema';
import { correctionsOf, indexedWords, paragraphsOf, type IndexedAnchor } from '../lib/search/anchor';
import { spansMoreThanAYear } from '../lib/search/dates';
import type { ExcerptPart } from '../lib/search/excerpt';
import { pageHits } from '../lib/search/hits';
import { folder, queryVariants, type ScriptMap } from '../lib/search/script-map';
import { FILTER_KEYS, filtersOf, isEmpty, searchOf, stateOf, type PagefindFilters, type SearchState } from '../lib/search/state';
import { holdsEvery, queryTerms } from '../lib/search/terms';
import { pagefindPath, searchFiltersPath } from '../lib/paths';
import type { FilterValues } from '../lib/search/filters';
import { siteHref } from '../lib/site-href';
import { loadSearchData, loadShard, PAGEFIND_OPTIONS } from './search-data';

interface PagefindResultData {
  url: string;
  content: string;
  raw_content?: string;
  meta: Record<string, string | undefined>;
  anchors: IndexedAnchor[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface SearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: SearchOptions) => Promise<{ results: PagefindResult[] } | null>;
  preload: (query: string) => Promise<void>;
  mergeIndex?: (url: string, options: Record<string, unknown>) => Promise<void>;
}

interface Engine {
  /** Every shard of the script, for queries (ranked by score) and preloading. */
  pagefind: Pagefind;
  /** Every shard of the script in archive order, each a module of its own, for sorted listings; loaded on first use. */
  browsing: () => Promise<Pagefind[]>;
  map: ScriptMap;
  fold: (text: string) => string;
}

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

let engine: Promise<Engine> | undefined;
let dialog: HTMLDialogElement | undefined;

/**
 * Load Pagefind (the index of this page's script) and the script map, once. A large archive's index
 * comes in shards. Queries search them all as Pagefind's own merged index (one script and one
 * WebAssembly module for every shard; results ranked by score across them). A sorted listing cannot
 * use it — Pagefind ranks each shard's listing 0, −1, −2… and the merge interleaves them — so it
 * searches each shard as a module of its own and puts their listings one after the other.
 */
function loadEngine() {
  engine ??= (async () => {
    const data = loadSearchData();
    const tags = data.then((map) => map.shards?.[script] ?? []);
    void tags.then((list) => list.forEach((tag, shard) => shard > 0 && void warmShard(shard, tag).catch(() => {})));
    const [first, map, shardTags] = await Promise.all([loadShard(script, 0) as Promise<Pagefind>, data, tags]);
    const others = shardTags.slice(1).map((tag, index) => ({ shard: index + 1, tag }));
    const merged = Promise.all(others.map(({ shard, tag }) => first.mergeIndex?.(siteHref(pagefindPath(script, shard)), { ...PAGEFIND_OPTIONS, metaCacheTag: tag })));
    warmWordSegmenter();
    await merged;
    let browsing: Promise<Pagefind[]> | undefined;
    const separately = () => Promise.all([loadShard(script, 0, 'browse'), ...others.map(({ shard }) => loadShard(script, shard))] as Promise<Pagefind>[]);
    return { pagefind: first, browsing: () => (others.length === 0 ? Promise.resolve([first]) : (browsing ??= separately())), map, fold: folder(map) };
  })();
  return engine;
}

/**
 * Pagefind splits a Chinese query into words with Intl.Segmenter, whose first use loads the browser's
 * word dictionary (about 10 ms): load it while the shards merge rather than in the first search.
 */
function warmWordSegmenter(): void {
  for (const _ of new Intl.Segmenter(script, { granularity: 'word' }).segment('中文')) break;
}

/**
 * Fetch a shard's entry and metadata into the browser's cache while the first shard loads: Pagefind
 * merges a shard only once the first one's WebAssembly runs, and then fetches these two one after
 * the other. The tag names the shard's build (Pagefind's `metaCacheTag`), so both merge and warm-up
 * ask for the same address.
 */
async function warmShard(shard: number, tag: string): Promise<void> {
  const folder = siteHref(pagefindPath(script, shard));
  const entry = (await (await fetch(`${folder}pagefind-entry.json?ts=${tag}`)).json()) as { languages: Record<string, { hash: string }> };
  // Each shard holds one script's pages, so one language.
  for (const { hash } of Object.values(entry.languages)) await fetch(`${folder}pagefind.${hash}.pf_meta`);
}

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
  void loadEngine().catch(() => {});
}

/** Open the search dialog, building it on first use. */
export function openSearch(): void {
  dialog ??= buildDialog();
  if (!dialog.open) dialog.showModal();
  dialog.querySelector('input')?.focus();
  void loadEngine().catch(() => showStatus(t('search.error')));
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
  const filterBox = element('div', { className: 'search-filters' }, selects.outlet.label, selects.answerer.label, selects.conference.label);
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
  });
  const writeForm = (state: SearchState) => {
    input.value = state.q;
    for (const key of FILTER_KEYS) selects[key].select.value = state[key];
    range.from.input.value = state.from;
    range.to.input.value = state.to;
  };

  let latest = 0;
  let pending: PagefindResult[] = [];
  let shown = 0;
  let rejected = 0;
  /** Show the next results, reading their text first: every term must occur whole (`holdsEvery`). */
  const showMore = async (ticket: number, state: SearchState, count: number) => {
    const { fold } = await loadEngine();
    const terms = queryTerms(state.q);
    const folded = terms.map(fold);
    const batch = pending.slice(shown, shown + count);
    shown += batch.length;
    const pages = await Promise.all(batch.map((result) => result.data()));
    if (ticket !== latest) return;
    const kept = pages.filter((data) => holdsEvery(fold(data.content), folded));
    rejected += pages.length - kept.length;
    results.append(...kept.map((data) => resultItem(data, terms, fold)));
    more.hidden = shown >= pending.length;
    const total = pending.length - rejected;
    showStatus(total === 0 ? t('search.none') : t('search.count', { count: total }));
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
      const { pagefind, browsing, map } = await loadEngine();
      if (state.from || state.to) await fillFilters();
      const filters = filtersOf(state, archiveDates);
      const found = filters === null ? [] : state.q ? await searchAll(pagefind, state.q, map, filters) : await browse(await browsing(), filters);
      if (ticket !== latest) return;
      [pending, shown, rejected] = [found, 0, 0];
      results.replaceChildren();
      more.hidden = true;
      if (found.length === 0) return showStatus(t('search.none'));
      await showMore(ticket, state, FIRST_RESULTS);
      if (ticket !== latest) return;
      void fillFilters();
      await showMore(ticket, state, PAGE_SIZE - FIRST_RESULTS);
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
    const query = input.value.trim().slice(0, MAX_QUERY);
    showStatus(query || !isEmpty(readForm()) ? t('search.loading') : '');
    record('type');
    // Let Pagefind fetch the index chunks for the query while the typing pause runs.
    if (query) void loadEngine().then(({ pagefind, map }) => Promise.all(queryVariants(query, map, script).map((form) => pagefind.preload(form)))).catch(() => {});
    timer = window.setTimeout(run, 120);
  });
  // Only the filters re-run the search on change: the field fires change when it loses focus, and a
  // search then would rebuild the results under a pointer pressing one of them.
  for (const filter of [...FILTER_KEYS.map((key) => selects[key].select), range.from.input, range.to.input]) {
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

function dateInput(name: string, text: string) {
  const input = element('input', { type: 'date', name });
  const label = element('label', {}, `${text} `, input);
  return { input, label };
}

/** Search every form of a query in the page's script and merge the results by page. */
async function searchForms(pagefind: Pagefind, query: string, map: ScriptMap, filters: PagefindFilters) {
  const responses = await Promise.all(queryVariants(query, map, script).map((variant) => pagefind.search(variant, { filters })));
  return responses.flatMap((response) => response?.results ?? []);
}

/** Search a query, best pages first (their text not yet loaded); every term the reader typed must occur somewhere. */
async function searchAll(pagefind: Pagefind, query: string, map: ScriptMap, filters: PagefindFilters) {
  // Pagefind silently drops words its index does not hold (`<script>alert(1)` would find every "1").
  const terms = queryTerms(query);
  if (terms.length > 1) {
    const perTerm = await Promise.all(terms.map((term) => searchForms(pagefind, term, map, {})));
    if (perTerm.some((results) => results.length === 0)) return [];
  }
  const best = new Map<string, PagefindResult>();
  for (const result of await searchForms(pagefind, query, map, filters)) {
    const seen = best.get(result.id);
    if (!seen || seen.score < result.score) best.set(result.id, result);
  }
  return [...best.values()].sort((left, right) => right.score - left.score);
}

/**
 * List every page the filters allow, in the archive's order (conference by conference, question by
 * question): each shard's listing, one after the other, since the shards hold the archive in order.
 */
async function browse(shards: readonly Pagefind[], filters: PagefindFilters) {
  const listings = await Promise.all(shards.map((shard) => shard.search(null, { filters, sort: { order: 'asc' } })));
  return listings.flatMap((listing) => listing?.results ?? []);
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
