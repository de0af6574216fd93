// The search dialog: loaded on first use only, then Pagefind and the script map on first open.
import { useStrings } from '../i18n/strings';
import { pagefindPath } from '../lib/paths';
import { siteHref } from '../lib/site-href';
import type { Script } from '../lib/content/schema';
import { bestLocations, paragraphOfMatch, type IndexedAnchor, type WeightedLocation } from '../lib/search/anchor';
import { queryVariants, type ScriptMap } from '../lib/search/script-map';
import { queryTerms } from '../lib/search/terms';

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  anchors: (IndexedAnchor & { element: string })[];
  weighted_locations: WeightedLocation[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  preload: (query: string) => Promise<void>;
}

const MAX_RESULTS = 20;
const MAX_QUERY = 200;
// Results whose excerpts are fetched before the list first shows; the rest follow.
const FIRST_RESULTS = 5;
const script: Script = document.documentElement.lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
const t = useStrings(script);
const base = siteHref('/');

let engine: Promise<{ pagefind: Pagefind; map: ScriptMap }> | undefined;
let dialog: HTMLDialogElement | undefined;

/** Load Pagefind (the index of this page's script) and the script map, once. */
function loadEngine() {
  engine ??= (async () => {
    const url = siteHref(`${pagefindPath(script)}pagefind.js`);
    const [pagefind, map] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<Pagefind>,
      fetch(siteHref(`${pagefindPath('zh-Hans')}script-map.json`)).then((response) => response.json() as Promise<ScriptMap>),
    ]);
    // Without a worker the first search needs one request fewer; the index here is small per query.
    await pagefind.options({ baseUrl: base, excerptLength: 40, noWorker: true });
    await pagefind.init();
    return { pagefind, map };
  })();
  return engine;
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

let filtersFilled: Promise<void> | undefined;
/** Fill the filter menus once, off the first search's path: after it, or when a menu is reached. */
function fillFiltersOnce(): void {
  filtersFilled ??= loadEngine().then(({ pagefind }) => fillFilters(pagefind));
}

/** Create an element with DOM properties (`textContent`, `className`, …) and children. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Record<string, string | number> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, properties);
  node.append(...children);
  return node;
}

function buildDialog(): HTMLDialogElement {
  const input = element('input', { type: 'search', name: 'q', maxLength: MAX_QUERY, placeholder: t('search.placeholder'), autocomplete: 'off' });
  input.setAttribute('aria-label', t('search.label'));
  input.setAttribute('enterkeyhint', 'search');
  const outlet = filterSelect('outlet', t('search.outlet'));
  const conference = filterSelect('conference', t('search.conference'));
  const answerer = filterSelect('answerer', t('search.answerer'));
  const close = element('button', { type: 'button', className: 'search-close', textContent: t('search.close') });
  const form = element('form', { className: 'search-form', role: 'search' }, input, close, element('div', { className: 'search-filters' }, outlet.label, answerer.label, conference.label));
  const status = element('p', { className: 'search-status', role: 'status' });
  const results = element('ol', { className: 'search-results' });
  const box = element('dialog', { className: 'search-dialog' }, form, status, results);
  box.setAttribute('aria-label', t('search.title'));
  document.body.append(box);

  let latest = 0;
  const run = async () => {
    const ticket = ++latest;
    const query = input.value.trim().slice(0, MAX_QUERY);
    if (query === '') {
      results.replaceChildren();
      showStatus('');
      return;
    }
    showStatus(t('search.loading'));
    try {
      const { pagefind, map } = await loadEngine();
      const filters = Object.fromEntries(
        [['outlet', outlet.select.value], ['answerer', answerer.select.value], ['conference', conference.select.value]].filter(([, value]) => value),
      );
      const found = await searchAll(pagefind, query, map, filters);
      const holds = holdsEveryTerm(query, map);
      const loaded = await Promise.all(found.slice(0, FIRST_RESULTS).map((result) => result.data()));
      const first = loaded.filter(holds);
      if (ticket !== latest) return;
      results.replaceChildren(...first.map(resultItem));
      const count = (kept: number) => showStatus(kept === 0 ? t('search.none') : t('search.count', { count: kept }));
      // Results that hold every term rank first: when the first ones all do, say the count now (and
      // correct it in the rare case the rest do not); otherwise wait until every text is checked.
      const early = first.length === loaded.length ? found.length : -1;
      if (early >= 0) count(early);
      fillFiltersOnce();
      const rest = (await Promise.all(found.slice(FIRST_RESULTS).map((result) => result.data()))).filter(holds);
      if (ticket !== latest) return;
      results.append(...rest.map(resultItem));
      if (first.length + rest.length !== early) count(first.length + rest.length);
    } catch {
      if (ticket === latest) showStatus(t('search.error'));
    }
  };
  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim().slice(0, MAX_QUERY);
    showStatus(query ? t('search.loading') : '');
    // Let Pagefind fetch the index chunks for the query while the typing pause runs.
    if (query) void loadEngine().then(({ pagefind, map }) => Promise.all(queryVariants(query, map, script).map((form) => pagefind.preload(form)))).catch(() => {});
    timer = window.setTimeout(run, 120);
  });
  // Only the filters re-run the search on change: the field fires change when it loses focus, and a
  // search then would rebuild the results under a pointer pressing one of them.
  for (const filter of [outlet.select, answerer.select, conference.select]) {
    filter.addEventListener('change', () => void run());
    filter.addEventListener('focus', fillFiltersOnce);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
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

async function fillFilters(pagefind: Pagefind): Promise<void> {
  const filters = await pagefind.filters();
  for (const [name, values] of Object.entries(filters)) {
    const select = dialog?.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    if (!select || select.options.length > 1) continue;
    for (const value of Object.keys(values).sort()) select.append(element('option', { value, textContent: value }));
  }
}

/** Search every form of a query in the page's script and merge the results by page. */
async function searchForms(pagefind: Pagefind, query: string, map: ScriptMap, filters: Record<string, string>) {
  const responses = await Promise.all(queryVariants(query, map, script).map((variant) => pagefind.search(variant, { filters })));
  return responses.flatMap((response) => response?.results ?? []);
}

/** Search a query, best pages first (their excerpts not yet loaded); every term the reader typed must occur somewhere. */
async function searchAll(pagefind: Pagefind, query: string, map: ScriptMap, filters: Record<string, string>) {
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
  return [...best.values()].sort((left, right) => right.score - left.score).slice(0, MAX_RESULTS);
}

/**
 * Tell whether a result's text holds every term the reader typed, in either script and any case.
 * Pagefind splits a term into words and drops those its index lacks (`2024xxxx` finds every 2024,
 * a long run of known words finds pages holding them apart), so its matches are checked here.
 */
function holdsEveryTerm(query: string, map: ScriptMap): (data: PagefindResultData) => boolean {
  const fold = (text: string) => queryVariants(text.toLowerCase(), map, 'zh-Hans')[0] ?? '';
  const terms = queryTerms(query).map(fold);
  return (data) => {
    const text = fold(data.content);
    return terms.every((term) => text.includes(term));
  };
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const paragraph = paragraphOfMatch(data.anchors, bestLocations(data.weighted_locations));
  const href = paragraph ? `${data.url}#${paragraph}` : data.url;
  const meta = [data.meta.outlet, data.meta.date].filter(Boolean).join(' · ');
  return element(
    'li',
    {},
    element('a', { href }, element('span', { className: 'result-title', textContent: data.meta.title ?? data.url })),
    element('p', { className: 'result-meta', textContent: meta }),
    element('p', { className: 'result-excerpt' }, ...excerptNodes(data.excerpt)),
  );
}

/** Rebuild Pagefind's excerpt from text and <mark> only, so nothing in the transcript can become markup. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) =>
    node instanceof HTMLElement && node.tagName === 'MARK' ? element('mark', { textContent: node.textContent ?? '' }) : document.createTextNode(node.textContent ?? ''),
  );
}
