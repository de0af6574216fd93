/** Browser measurements in Debian's Chromium through playwright-core: page weight and search latency. */
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { inlineScripts, inlineSize, inlineStyles, resourceKind, summarize, type ResourceKind } from './measure';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS.filter((arg) => arg !== '--headless') });
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
    const contentType = (await response.allHeaders())['content-type'] ?? '';
    const kind = resourceKind(contentType, request.url());
    if (request.resourceType() === 'document') documents.set(request.url(), body.toString('utf8'));
    return { url: request.url(), kind, status: response.status(), raw: body.length, transferred: sizes.responseBodySize, headers: sizes.responseHeadersSize };
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
  ms: number;
  results: number;
  status: string;
}

export interface SearchLatency {
  path: string;
  /** Fresh page per query: from pressing `/` to results in the DOM, the query submitted as soon as the dialog shows. */
  cold: SearchSample[];
  /** Engine loaded (one unrelated query done): each query's first search, from submit to results in the DOM. */
  warm: SearchSample[];
  /** The same queries again (Pagefind's chunks cached). */
  repeat: SearchSample[];
  /** Warm queries typed (an input event), so including the dialog's 120 ms input debounce. */
  typed: SearchSample[];
  summary: Record<'cold' | 'warm' | 'repeat' | 'typed', { median: number; worst: number; count: number }>;
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
  window.__benchSearch = (query, mode, loading, started) => new Promise((resolve, reject) => {
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
    if (mode === 'submit') form.requestSubmit();
    else input.dispatchEvent(new Event('input', { bubbles: true }));
    settle();
  });
  // Cold: note when '/' is pressed, and submit the query the moment the dialog is in the page.
  window.__benchCold = (query, loading) => new Promise((resolve, reject) => {
    let pressed;
    document.addEventListener('keydown', (event) => { if (event.key === '/' && pressed === undefined) pressed = performance.now(); }, { capture: true });
    const observer = new MutationObserver(() => {
      if (!find()) return;
      observer.disconnect();
      window.__benchSearch(query, 'submit', loading, pressed).then(resolve, reject);
    });
    observer.observe(document.body, { childList: true });
  });
})();
`;

async function searchOnce(page: Page, query: string, mode: 'submit' | 'input', loading: string): Promise<SearchSample> {
  const result = (await page.evaluate(`window.__benchSearch(${JSON.stringify(query)}, ${JSON.stringify(mode)}, ${JSON.stringify(loading)})`)) as Omit<SearchSample, 'query'>;
  return { query, ...result };
}

/**
 * Time the search dialog on a page: cold (a fresh context per query, so nothing is cached),
 * then warm, repeated and typed searches in one page whose engine is already loaded.
 */
export async function measureSearch(
  browser: Browser,
  site: string,
  path: string,
  queries: readonly string[],
  strings: { loading: string; error: string },
  warmup: string,
): Promise<SearchLatency> {
  const url = new URL(path.replace(/^\//u, ''), site).href;
  const errors: string[] = [];
  const note = (sample: SearchSample) => {
    if (sample.status === strings.error) errors.push(`${sample.query}: ${sample.status}`);
    return sample;
  };
  const cold: SearchSample[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(HELPERS);
      const done = page.evaluate(`window.__benchCold(${JSON.stringify(query)}, ${JSON.stringify(strings.loading)})`) as Promise<Omit<SearchSample, 'query'>>;
      await page.keyboard.press('/');
      cold.push(note({ query, ...(await done) }));
    } finally {
      await context.close();
    }
  }

  const warm: SearchSample[] = [];
  const repeat: SearchSample[] = [];
  const typed: SearchSample[] = [];
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(HELPERS);
    await page.keyboard.press('/');
    await page.waitForSelector('dialog.search-dialog[open]');
    await searchOnce(page, warmup, 'submit', strings.loading);
    for (const query of queries) warm.push(note(await searchOnce(page, query, 'submit', strings.loading)));
    for (const query of queries) repeat.push(note(await searchOnce(page, query, 'submit', strings.loading)));
    for (const query of queries) typed.push(note(await searchOnce(page, query, 'input', strings.loading)));
  } finally {
    await context.close();
  }
  const times = (samples: SearchSample[]) => summarize(samples.map((sample) => sample.ms));
  return {
    path,
    cold,
    warm,
    repeat,
    typed,
    summary: { cold: times(cold), warm: times(warm), repeat: times(repeat), typed: times(typed) },
    errors,
  };
}
