/** Browser measurements in Debian's Chromium through playwright-core: page weight and search latency. */
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import type { ResultOrder } from '../../src/shared/search/order';
import { inlineScripts, inlineSize, inlineStyles, resourceKind, summarize, type ResourceKind } from './measure';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  // The benchmark handles signals itself (closing browsers, removing its temporary copies).
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS.filter((arg) => arg !== '--headless'),
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/** One response as the browser received it. */
export interface Transfer {
  url: string;
  kind: ResourceKind;
  status: number;
  /** Decoded body bytes. */
  raw: number;
  /** Body bytes on the wire (gzip where the server compressed). */
  transferred: number;
  /** Response header bytes (HTTP/1.1 text), reported apart from the body. */
  headers: number;
}

export interface WeightTotals {
  requests: number;
  raw: Record<ResourceKind | 'total', number>;
  transferred: Record<ResourceKind | 'total', number>;
  headers: number;
}

export interface PageWeight {
  path: string;
  beforeSearch: WeightTotals;
  /** What opening the search dialog (press `/`) adds: search chunk, Pagefind, its WASM and index. */
  searchOpened: WeightTotals;
  inlineScripts: { count: number; raw: number; gzip: number };
  inlineStyles: { count: number; raw: number; gzip: number };
  /** External JS on the wire plus inline scripts' gzip size: what the 2 KB JS budget counts. */
  jsGzip: number;
  transfers: Transfer[];
  searchTransfers: Transfer[];
}

function totals(transfers: readonly Transfer[]): WeightTotals {
  const zero = () => ({ html: 0, css: 0, js: 0, other: 0, total: 0 });
  const result: WeightTotals = { requests: transfers.length, raw: zero(), transferred: zero(), headers: 0 };
  for (const transfer of transfers) {
    result.raw[transfer.kind] += transfer.raw;
    result.raw.total += transfer.raw;
    result.transferred[transfer.kind] += transfer.transferred;
    result.transferred.total += transfer.transferred;
    result.headers += transfer.headers;
  }
  return result;
}

/** Record every finished request of a page with its decoded and encoded body sizes. */
function recordTransfers(page: Page): { take: () => Promise<Transfer[]>; documents: Map<string, string> } {
  let pending: Promise<Transfer | null>[] = [];
  const documents = new Map<string, string>();
  const measure = async (request: Request): Promise<Transfer | null> => {
    const response = await request.response();
    if (!response) return null;
    const [sizes, body] = await Promise.all([request.sizes(), response.body().catch(() => Buffer.alloc(0))]);
    const headers = await response.allHeaders();
    const kind = resourceKind(headers['content-type'] ?? '', request.url());
    if (request.resourceType() === 'document') documents.set(request.url(), body.toString('utf8'));
    // Requests made by a worker report no encoded size in Chromium; fall back to Content-Length.
    const declared = Number(headers['content-length']);
    const transferred = sizes.responseBodySize > 0 || body.length === 0 ? sizes.responseBodySize : Number.isFinite(declared) && declared > 0 ? declared : body.length;
    return { url: request.url(), kind, status: response.status(), raw: body.length, transferred, headers: sizes.responseHeadersSize };
  };
  page.on('requestfinished', (request) => pending.push(measure(request)));
  return {
    documents,
    take: async () => {
      const taken = pending;
      pending = [];
      return (await Promise.all(taken)).filter((transfer): transfer is Transfer => transfer !== null);
    },
  };
}

/** Load a page in a fresh context, as a first visit: everything it fetches before and after search is opened. */
export async function measurePageWeight(browser: Browser, site: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const recorder = recordTransfers(page);
    const url = new URL(path.replace(/^\//u, ''), site).href;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const transfers = await recorder.take();
    const html = recorder.documents.get(url) ?? [...recorder.documents.values()][0] ?? '';

    await page.keyboard.press('/');
    await page.waitForSelector('dialog.search-dialog[open]', { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const searchTransfers = await recorder.take();

    const beforeSearch = totals(transfers);
    const scripts = inlineSize(inlineScripts(html));
    return {
      path,
      beforeSearch,
      searchOpened: totals(searchTransfers),
      inlineScripts: scripts,
      inlineStyles: inlineSize(inlineStyles(html)),
      jsGzip: beforeSearch.transferred.js + scripts.gzip,
      transfers,
      searchTransfers,
    };
  } finally {
    await context.close();
  }
}

/** One timed search. */
export interface SearchSample {
  query: string;
  /** Median over the rounds. */
  ms: number;
  /** Every round's time. */
  rounds: number[];
  results: number;
  status: string;
}

/** Where a cold search spends its time: ms after pressing `/` (median over queries and rounds). */
export interface ColdBreakdown {
  /** The dialog is in the page (search chunk loaded and run). */
  dialog: number;
  /** Each resource fetched after the key press, by file name: when its response ended. */
  resources: Record<string, number>;
  /** Results in the DOM. */
  results: number;
}

/** What one cold search fetched after the key press: requests, and bytes on the wire (response bodies as sent). */
export interface SearchLoad {
  query: string;
  requests: number;
  bytes: number;
}

export interface SearchLatency {
  path: string;
  /** The order asked for: the search form's default (newest first), or best match first. */
  order: ResultOrder;
  /** Fresh page per query: from pressing `/` to results in the DOM, the query submitted as soon as the dialog shows. */
  cold: SearchSample[];
  /** Engine loaded (one unrelated query done): each query's first search, from submit to results in the DOM. */
  warm: SearchSample[];
  /** The same queries again (Pagefind's chunks cached). */
  repeat: SearchSample[];
  /** Warm queries typed (an input event), so including the dialog's 120 ms input debounce. */
  typed: SearchSample[];
  /** Median and worst over queries of each query's median time. */
  summary: Record<'cold' | 'warm' | 'repeat' | 'typed', { median: number; worst: number; count: number }>;
  coldBreakdown: ColdBreakdown;
  /** Every cold search's timeline, in query order, round after round. */
  coldTimelines: (ColdBreakdown & { query: string })[];
  /** What each cold search loaded (first round), and the median over queries. */
  coldLoads: SearchLoad[];
  coldBytesMedian: number;
  rounds: number;
  errors: string[];
}

// In-page code is passed as strings: functions compiled by tsx would carry helpers the page lacks.
const HELPERS = String.raw`
(() => {
  const find = () => {
    const dialog = document.querySelector('dialog.search-dialog');
    return dialog && {
      dialog,
      input: dialog.querySelector('input[type="search"]'),
      form: dialog.querySelector('form'),
      status: dialog.querySelector('.search-status'),
      list: dialog.querySelector('.search-results'),
    };
  };
  // Enter the query (submit: run at once; input: as typing does, through the debounce) and
  // resolve when the status leaves the loading text, i.e. the results list has been rebuilt.
  window.__benchSearch = (query, mode, loading, started, sort) => new Promise((resolve, reject) => {
    const parts = find();
    if (!parts) return reject(new Error('no search dialog'));
    const { input, form, status, list } = parts;
    const start = started ?? performance.now();
    let sawLoading = false;
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('search timed out: ' + query)); }, 30000);
    const settle = () => {
      const text = status.textContent ?? '';
      if (text === loading) { sawLoading = true; return; }
      if (!sawLoading || text === '') return;
      observer.disconnect();
      clearTimeout(timer);
      resolve({ ms: performance.now() - start, results: list.querySelectorAll('li').length, status: text });
    };
    const observer = new MutationObserver(settle);
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    input.value = query;
    const order = form.querySelector('select[name="sort"]');
    if (order) order.value = sort ?? '';
    if (mode === 'submit') form.requestSubmit();
    else input.dispatchEvent(new Event('input', { bubbles: true }));
    settle();
  });
  // Cold: note when '/' is pressed, and submit the query the moment the dialog is in the page.
  // Armed (awaited) before the key is pressed: input may overtake a pending evaluation.
  window.__benchCold = (query, loading, sort) => { window.__benchColdDone = new Promise((resolve, reject) => {
    let pressed;
    let dialog;
    document.addEventListener('keydown', (event) => { if (event.key === '/' && pressed === undefined) pressed = performance.now(); }, { capture: true });
    const observer = new MutationObserver(() => {
      if (!find()) return;
      observer.disconnect();
      dialog = performance.now() - (pressed ?? performance.now());
      window.__benchSearch(query, 'submit', loading, pressed, sort).then(
        (result) => {
          // The search chunk as the page saw it: lines the browser's network clock up with the page's.
          const chunk = performance.getEntriesByType('resource').find((entry) => /\/search\.[\w-]+\.js$/.test(entry.name) && entry.startTime >= (pressed ?? 0));
          const anchor = chunk ? { url: chunk.name, end: chunk.responseEnd - (pressed ?? 0) } : null;
          resolve({ ...result, breakdown: { dialog, pressedAt: performance.timeOrigin + (pressed ?? 0), anchor, results: result.ms } });
        },
        reject,
      );
    });
    observer.observe(document.body, { childList: true });
  }); };
})();
`;

interface Timed {
  ms: number;
  results: number;
  status: string;
}

function searchOnce(page: Page, query: string, mode: 'submit' | 'input', loading: string, sort: string): Promise<Timed> {
  return page.evaluate(`window.__benchSearch(${JSON.stringify(query)}, ${JSON.stringify(mode)}, ${JSON.stringify(loading)}, undefined, ${JSON.stringify(sort)})`) as Promise<Timed>;
}

/** Fold each query's rounds into one sample: the median time, the last round's result count and status. */
function fold(queries: readonly string[], rounds: readonly Timed[][]): SearchSample[] {
  return queries.map((query, index) => {
    const runs = rounds.map((round) => round[index]).filter((run): run is Timed => run !== undefined);
    const last = runs.at(-1);
    return { query, ms: summarize(runs.map((run) => run.ms)).median, rounds: runs.map((run) => run.ms), results: last?.results ?? 0, status: last?.status ?? '' };
  });
}

/**
 * When each kind of resource finished arriving, in ms after the key press; Pagefind's chunks grouped.
 * Network times come from the browser's clock, which can drift from the page's: the search chunk,
 * seen from both sides (`anchor`), lines them up.
 */
function arrivals(requests: readonly Request[], pressedAt: number, anchor: { url: string; end: number } | null): Record<string, number> {
  const end = (request: Request) => request.timing().startTime + request.timing().responseEnd;
  const seen = anchor && requests.find((request) => request.url() === anchor.url);
  const since = seen && anchor ? end(seen) - anchor.end : pressedAt;
  const result: Record<string, number> = {};
  for (const request of requests) {
    const timing = request.timing();
    if (timing.responseEnd < 0 || end(request) < since || request.url().endsWith('/favicon.svg')) continue;
    const file = new URL(request.url()).pathname.split('/').pop() ?? '';
    const name = file.replace(/_[0-9a-f]{6,}(?=\.)/u, '').replace(/\.[\w-]{8}\.js$/u, '.js');
    const kind = /\.pf_fragment$/u.test(name) ? 'fragments' : /\.pf_index$/u.test(name) ? 'index chunks' : /\.pf_filter$/u.test(name) ? 'filters' : name;
    result[kind] = Math.max(result[kind] ?? 0, end(request) - since);
  }
  return result;
}

function median(values: readonly number[]): number {
  return summarize(values).median;
}

/**
 * Time the search dialog on a page: cold (a fresh context per query, so nothing is cached),
 * then warm, repeated and typed searches in one page whose engine is already loaded.
 * Each is done `rounds` times (fresh pages each round) and each query's median is kept,
 * which steadies the figures on a busy machine.
 */
export async function measureSearch(
  browser: Browser,
  site: string,
  path: string,
  queries: readonly string[],
  strings: { loading: string; error: string },
  warmup: string,
  rounds = 3,
  order: ResultOrder = 'newest',
): Promise<SearchLatency> {
  // The search form's value for the order (its default, newest first, is empty).
  const sort = order === 'newest' ? '' : order;
  const url = new URL(path.replace(/^\//u, ''), site).href;
  const errors: string[] = [];
  const openPage = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(HELPERS);
    return { page, close: () => context.close() };
  };

  const coldRounds: Timed[][] = [];
  const breakdowns: (ColdBreakdown & { query: string })[] = [];
  const loads: SearchLoad[] = [];
  const warmRounds: Timed[][] = [];
  const repeatRounds: Timed[][] = [];
  const typedRounds: Timed[][] = [];
  // One discarded cold search first: the browser's own first-use costs are not the site's.
  for (let round = -1; round < rounds; round++) {
    const cold: Timed[] = [];
    for (const query of round < 0 ? [warmup] : queries) {
      const { page, close } = await openPage();
      try {
        // Every request after the key press, the worker's (Pagefind's WASM, index and fragments) included.
        const finished: Request[] = [];
        page.on('requestfinished', (request) => finished.push(request));
        await page.evaluate(`window.__benchCold(${JSON.stringify(query)}, ${JSON.stringify(strings.loading)}, ${JSON.stringify(sort)})`);
        await page.keyboard.press('/');
        const { breakdown, ...timed } = (await page.evaluate('window.__benchColdDone')) as Timed & {
          breakdown: { dialog: number; pressedAt: number; anchor: { url: string; end: number } | null; results: number };
        };
        if (breakdown.anchor === null) errors.push(`${path}: cold search of ${query} did not see the key press or the search chunk`);
        if (round < 0) continue;
        await page.waitForTimeout(100); // let the last requestfinished events reach us
        cold.push(timed);
        breakdowns.push({ query, dialog: breakdown.dialog, results: breakdown.results, resources: arrivals(finished, breakdown.pressedAt, breakdown.anchor) });
        if (round === 0) {
          const sizes = await Promise.all(finished.map((request) => request.sizes().then((size) => size.responseBodySize, () => 0)));
          loads.push({ query, requests: finished.length, bytes: sizes.reduce((sum, size) => sum + size, 0) });
        }
      } finally {
        await close();
      }
    }
    if (round < 0) continue;
    coldRounds.push(cold);

    const { page, close } = await openPage();
    try {
      await page.keyboard.press('/');
      await page.waitForSelector('dialog.search-dialog[open]');
      await searchOnce(page, warmup, 'submit', strings.loading, sort);
      const warm: Timed[] = [];
      const repeat: Timed[] = [];
      const typed: Timed[] = [];
      for (const query of queries) warm.push(await searchOnce(page, query, 'submit', strings.loading, sort));
      for (const query of queries) repeat.push(await searchOnce(page, query, 'submit', strings.loading, sort));
      for (const query of queries) typed.push(await searchOnce(page, query, 'input', strings.loading, sort));
      warmRounds.push(warm);
      repeatRounds.push(repeat);
      typedRounds.push(typed);
    } finally {
      await close();
    }
  }

  const samples = { cold: fold(queries, coldRounds), warm: fold(queries, warmRounds), repeat: fold(queries, repeatRounds), typed: fold(queries, typedRounds) };
  for (const sample of Object.values(samples).flat()) {
    if (sample.status === strings.error) errors.push(`${sample.query}: ${sample.status}`);
  }
  const resourceNames = [...new Set(breakdowns.flatMap((breakdown) => Object.keys(breakdown.resources)))];
  const coldBreakdown: ColdBreakdown = {
    dialog: median(breakdowns.map((breakdown) => breakdown.dialog)),
    resources: Object.fromEntries(
      resourceNames
        .map((name) => [name, median(breakdowns.flatMap((breakdown) => breakdown.resources[name] ?? []))] as const)
        .sort((left, right) => left[1] - right[1]),
    ),
    results: median(breakdowns.map((breakdown) => breakdown.results)),
  };
  const times = (list: SearchSample[]) => summarize(list.map((sample) => sample.ms));
  return {
    path,
    order,
    ...samples,
    summary: { cold: times(samples.cold), warm: times(samples.warm), repeat: times(samples.repeat), typed: times(samples.typed) },
    coldBreakdown,
    coldTimelines: breakdowns,
    coldLoads: loads,
    coldBytesMedian: median(loads.map((load) => load.bytes)),
    rounds,
    errors,
  };
}
