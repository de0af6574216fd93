/**
 * Build and measure the site: page weight, build scale, search latency and Lighthouse scores.
 *
 *   npm run bench                 everything, including a synthetic 100-conference build
 *   npm run bench -- --conferences 1000   the synthetic archive's size (budgets by size: see scaleBudget)
 *   npm run bench -- --quick      skip the synthetic build (and its search timings)
 *   npm run bench -- --keep       keep the temporary project copies (their path is printed)
 *   npm run bench -- --strict     exit 1 when a budget fails (goals are reported only)
 *   npm run bench -- --no-lighthouse
 *   npm run bench -- --rounds 1   search timings from one round instead of three (faster, noisier)
 *
 * Every build runs in a temporary copy of the project (never in this checkout's dist/ or
 * content/generated/); results go to the console and to bench/results.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { scripts } from '../src/shared/content/schema';
import { archivePath, conferencePath, questionPath, twinPath } from '../src/shared/paths';
import type { ResultOrder } from '../src/shared/search/order';
import { toTraditional } from '../src/splitter/script/convert';
import { launchChromium, measurePageWeight, measureSearch, type PageWeight, type SearchLatency } from './bench/browser';
import { CATEGORIES, killLighthouseChrome, runLighthouse, type LighthouseResult } from './bench/lighthouse';
import { check, formatTable, gzipSize, kb, mb, ms, summarize, type Check } from './bench/measure';
import { buildProject, folderStats, killRunningSteps, makeProject, pageSize, PROJECT, removeTree, type StepResult } from './bench/project';
import { synthesizeArchive } from './bench/synthetic';
import { serve, type RunningServer } from './serve';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    conferences: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '3' },
  },
});

const SEED = '2024-03-07-wang-yi';
const QUESTION_PAGE = questionPath('zh-Hans', SEED, 5, 14);
const QUERIES = ['南海', '人工智能', '乌克兰', '东盟', '两国方案', '中美关系', '一带一路', '台湾', '多极化', '免签'];
const WARMUP_QUERY = '外交';
const ORDER_LABEL: Record<ResultOrder, string> = { newest: 'newest first', relevance: 'best match first' };
const LIGHTHOUSE_PAGES = scripts.flatMap((script) => [archivePath(script), conferencePath(script, SEED), twinPath(QUESTION_PAGE, script)]);
const KB = 1024;
const GIB_IN_KIB = 1024 * 1024;
const BUDGET = {
  pageGzip: 15 * KB,
  jsGzip: 2 * KB,
  htmlRatio: 1.2,
  /** No HTML page of any archive over this, gzip. */
  largestPageGzip: 60 * KB,
  /** The sitemap protocol's limit of URLs in one file. */
  sitemapUrls: 50_000,
  coldMs: 300,
  warmMs: 100,
  /** Adding one conference to a built archive of up to 1,000: the split alone. */
  addOneSplitSeconds: 5,
  /** Adding one conference and building again, against the clean build: up to 1,000 conferences, and from 5,000. */
  addOneRatio: 0.2,
  addOneRatioLarge: 0.1,
};
const GOAL = { lighthouse: 100 };

/**
 * Build-scale budgets by the synthetic archive's size: up to 1,000 conferences, the whole build within
 * 40 × the real content's and no process over 2 GB; from 5,000, no process over 4 GB and 20 minutes in all.
 */
function scaleBudget(conferences: number): { peakRssKiB: number; timeRatio?: number; totalSeconds?: number } {
  return conferences >= 5000 ? { peakRssKiB: 4 * GIB_IN_KIB, totalSeconds: 20 * 60 } : { peakRssKiB: 2 * GIB_IN_KIB, timeRatio: 40 };
}
const CONFERENCES = Number(flags.conferences);
const ROUNDS = Math.max(1, Number(flags.rounds) || 3);

const started = performance.now();
function progress(line: string): void {
  const elapsed = (performance.now() - started) / 1000;
  const stamp = `${String(Math.floor(elapsed / 60)).padStart(2, '0')}:${String(Math.floor(elapsed % 60)).padStart(2, '0')}`;
  console.log(`[${stamp}] ${line}`);
}

// Everything that must be stopped or removed however the run ends.
let workDir: string | undefined;
let browser: Browser | undefined;
const servers = new Set<RunningServer>();
let cleaning: Promise<void> | undefined;
/** Stop and remove everything, once, whichever of a signal or the end of the run asks first. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await killRunningSteps();
    killLighthouseChrome();
    await browser?.close().catch(() => {});
    browser = undefined;
    await Promise.all([...servers].map((server) => server.close().catch(() => {})));
    servers.clear();
    if (workDir && !flags.keep) await removeTree(workDir).catch(() => {});
  })();
  return cleaning;
}
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // `on`, not `once`: Ctrl+C reaches this process both directly and relayed by tsx, and a second
  // signal without a handler would kill it before the clean-up is done.
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the benchmark and cleaning up…`);
    setTimeout(() => process.exit(130), 15_000).unref();
    void cleanUp().finally(() => process.exit(130));
  });
}

interface BuildMeasure {
  label: string;
  conferences: number;
  steps: StepResult[];
  totalSeconds: number;
  peakRssKiB: number | null;
  htmlPages: number;
  files: number;
  distBytes: number;
  pagefindBytes: number;
  /** Question 1 of the seed conference in each script. */
  questionOne: { path: string; raw: number; gzip: number }[];
  /** The largest HTML page, gzip. */
  largestPage: { path: string; gzip: number };
  /** The most URLs in one sitemap file. */
  sitemapUrls: number;
}

/** What adding one conference to the built synthetic archive costs, step by step. */
interface AddOne {
  conference: string;
  steps: StepResult[];
  /** Search-index shards indexed again, and placed unchanged from the cache. */
  shards: { indexed: number; unchanged: number } | null;
  /** Pages Astro rendered, and kept from its incremental build's cache. */
  pages: { rendered: number; kept: number };
}

/** Of a build's steps (split, astro build), the time of Astro's pages, and of its search-index integration. */
function astroPagesSeconds(steps: readonly StepResult[]): number {
  return (steps[1]?.wallSeconds ?? Number.NaN) - (steps[1]?.searchIndexSeconds ?? Number.NaN);
}
function searchIndexSeconds(steps: readonly StepResult[]): number {
  return steps[1]?.searchIndexSeconds ?? Number.NaN;
}

async function measureBuild(label: string, root: string, conferences: number): Promise<BuildMeasure> {
  const steps = await buildProject(root, label, progress);
  const dist = join(root, 'dist');
  const stats = await folderStats(dist);
  const first = (await readdir(join(dist, SEED))).filter((name) => /^\d+$/u.test(name)).sort()[0];
  if (!first) throw new Error(`${label}: no question pages under dist/${SEED}/`);
  const questionOne = [];
  for (const path of scripts.map((script) => `${conferencePath(script, SEED)}${first}/`)) {
    const size = await pageSize(dist, path);
    if (!size) throw new Error(`${label}: dist${path}index.html is missing`);
    questionOne.push({ path, ...size });
  }
  const rss = steps.map((step) => step.peakRssKiB);
  const largestPage = await largestHtmlPage(dist, stats.htmlSizes);
  const sitemapUrls = await largestSitemap(dist);
  const build: BuildMeasure = {
    label,
    conferences,
    steps,
    totalSeconds: steps.reduce((sum, step) => sum + step.wallSeconds, 0),
    peakRssKiB: rss.every((value) => value !== null) ? Math.max(...(rss as number[])) : null,
    htmlPages: stats.htmlPages,
    files: stats.files,
    distBytes: stats.bytes,
    pagefindBytes: stats.pagefindBytes,
    questionOne,
    largestPage,
    sitemapUrls,
  };
  progress(`  ${label}: ${build.totalSeconds.toFixed(1)} s in all, ${build.htmlPages} HTML pages, dist/ ${mb(build.distBytes)}; largest page ${kb(largestPage.gzip)} gzip (${largestPage.path})`);
  return build;
}

/** Find the largest HTML page by its gzip size, compressing only the largest few by raw size. */
async function largestHtmlPage(dist: string, pages: readonly { path: string; size: number }[]): Promise<{ path: string; gzip: number }> {
  let largest = { path: '', gzip: 0 };
  for (const page of [...pages].sort((left, right) => right.size - left.size).slice(0, 50)) {
    const gzip = gzipSize(await readFile(page.path));
    if (gzip > largest.gzip) largest = { path: page.path.slice(dist.length), gzip };
  }
  return largest;
}

/** Count the URLs of the largest sitemap file. */
async function largestSitemap(dist: string): Promise<number> {
  let most = 0;
  for (const name of (await readdir(dist)).filter((file) => /^sitemap-\d+\.xml$/u.test(file))) {
    most = Math.max(most, (await readFile(join(dist, name), 'utf8')).split('<url>').length - 1);
  }
  return most;
}

/** Add one conference to the built synthetic archive and build again, timing each step and what it skipped. */
async function addOneConference(root: string, seedText: string, conferences: number): Promise<AddOne> {
  const next = synthesizeArchive(seedText, `${SEED}.txt`, { count: conferences }).at(-1);
  if (!next) throw new Error('the synthetic archive gave no conference to add');
  await writeFile(join(root, 'content/transcripts', next.name), next.text);
  progress(`Adding one conference (${next.name}) to the ${conferences}-conference archive and building again`);
  const steps = await buildProject(root, `${conferences} + 1`, progress);
  const log = await readFile(steps[1]?.log ?? '', 'utf8').catch(() => '');
  const counted = /(\d+) shard\(s\), (\d+) indexed and (\d+) unchanged/u.exec(log);
  // Astro ends each page's line with its render time, or says it kept the page from its cache.
  const pages = { rendered: log.match(/├─ .*\(\+\d+(?:\.\d+)?m?s\)/gu)?.length ?? 0, kept: log.match(/├─ .*\((?:cached|restored)\)/gu)?.length ?? 0 };
  return { conference: next.name, steps, shards: counted ? { indexed: Number(counted[2]), unchanged: Number(counted[3]) } : null, pages };
}

async function searchStrings(root: string, script: 'zh-Hans' | 'zh-Hant') {
  const strings = JSON.parse(await readFile(join(root, 'src/site/i18n', `${script}.json`), 'utf8')) as Record<string, string>;
  return { loading: strings['search.loading'] ?? '', error: strings['search.error'] ?? '' };
}

async function measureSearchBoth(site: string, root: string, label: string, order: ResultOrder = 'newest'): Promise<SearchLatency[]> {
  const latencies: SearchLatency[] = [];
  for (const [script, path, queries, warmup] of [
    ['zh-Hans', QUESTION_PAGE, QUERIES, WARMUP_QUERY],
    ['zh-Hant', twinPath(QUESTION_PAGE, 'zh-Hant'), QUERIES.map(toTraditional), toTraditional(WARMUP_QUERY)],
  ] as const) {
    progress(`  ▸ search latency (${label}, ${ORDER_LABEL[order]}) on ${path}: ${queries.length} queries cold, warm, repeated and typed, ${ROUNDS} round(s) …`);
    const latency = await measureSearch(browser as Browser, site, path, queries, await searchStrings(root, script), warmup, ROUNDS, order);
    const { cold, warm, typed } = latency.summary;
    progress(`    cold median ${ms(cold.median)} (worst ${ms(cold.worst)}), warm median ${ms(warm.median)} (worst ${ms(warm.worst)}), typed median ${ms(typed.median)}`);
    progress(`    cold path: ${breakdownLine(latency)}`);
    for (const error of latency.errors) progress(`    ! ${error}`);
    latencies.push(latency);
  }
  return latencies;
}

/** The cold search's timeline: when the dialog showed, each resource arrived and results appeared (ms after `/`). */
function breakdownLine(latency: SearchLatency): string {
  const { dialog, resources, results } = latency.coldBreakdown;
  const fetched = Object.entries(resources).map(([name, end]) => `${name} ${Math.round(end)}`);
  return [`dialog ${Math.round(dialog)}`, ...fetched, `results ${Math.round(results)} ms`].join(' → ');
}

/** The machine's 1-minute load average against its CPU count: timings taken on a busy machine are not comparable. */
function machineLoad(): { load1: number; cpus: number; busy: boolean } {
  const load1 = loadavg()[0] ?? 0;
  const count = availableParallelism();
  return { load1: Math.round(load1 * 100) / 100, cpus: count, busy: load1 > count };
}

function gitDescription(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: PROJECT, encoding: 'utf8' }).trim() !== '';
    return `${commit}${dirty ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<number> {
  const loadBefore = machineLoad();
  console.log(
    `dawenlu benchmark${flags.quick ? ' (quick: no 100-conference build)' : ''}: ${gitDescription()}, Node ${process.version}, ` +
      `${loadBefore.cpus} CPU(s) (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${loadBefore.load1}`,
  );
  if (loadBefore.busy) progress(`! The machine is busy (load ${loadBefore.load1} on ${loadBefore.cpus} CPUs): times and time ratios will be noisy.`);
  workDir = await mkdtemp(join(tmpdir(), 'dawenlu-bench-'));
  progress(`Temporary project copies in ${workDir}${flags.keep ? ' (kept)' : ' (removed at the end)'}`);

  const seedText = await readFile(join(PROJECT, 'content/transcripts', `${SEED}.txt`));
  const editorials = [];
  for (const name of await readdir(join(PROJECT, 'content/editorial')).catch(() => [] as string[])) {
    if (name.endsWith('.yaml')) editorials.push({ name, text: await readFile(join(PROJECT, 'content/editorial', name), 'utf8') });
  }
  const realTranscripts = [];
  for (const name of (await readdir(join(PROJECT, 'content/transcripts'))).filter((file) => file.endsWith('.txt')).sort()) {
    realTranscripts.push({ name, text: await readFile(join(PROJECT, 'content/transcripts', name)) });
  }

  // 1. Builds: the real content, then (unless --quick) the seed plus synthetic conferences.
  progress(`Build 1: the real content (${realTranscripts.length} conference(s))`);
  const smallRoot = join(workDir, 'real');
  await makeProject(smallRoot, realTranscripts, editorials);
  const small = await measureBuild('real', smallRoot, realTranscripts.length);

  let big: BuildMeasure | undefined;
  let addOne: AddOne | undefined;
  const bigRoot = join(workDir, 'synthetic');
  if (!flags.quick) {
    const synthetic = synthesizeArchive(seedText.toString('utf8'), `${SEED}.txt`, { count: CONFERENCES - 1 });
    progress(`Build 2: ${CONFERENCES} conferences (${SEED} and ${synthetic.length} synthetic ones generated from it)`);
    await makeProject(bigRoot, [{ name: `${SEED}.txt`, text: seedText }, ...synthetic], editorials.filter((file) => file.name === `${SEED}.yaml`));
    big = await measureBuild(`${CONFERENCES} conferences`, bigRoot, CONFERENCES);
    addOne = await addOneConference(bigRoot, seedText.toString('utf8'), CONFERENCES);
  }

  // 2. Browser measurements on the real build, served gzip-compressed like a CDN.
  const running = await serve({ root: join(smallRoot, 'dist'), port: 0 });
  servers.add(running);
  progress(`Serving the real build at ${running.url}`);
  browser = await launchChromium();
  const chromiumVersion = browser.version();
  const weights: PageWeight[] = [];
  for (const path of scripts.map((script) => twinPath(QUESTION_PAGE, script))) {
    progress(`  ▸ page weight of ${path}`);
    const weight = await measurePageWeight(browser, running.url, path);
    const { beforeSearch: before } = weight;
    progress(`    ${before.requests} requests, ${kb(before.transferred.total)} transferred (${kb(before.raw.total)} decoded), JS ${kb(weight.jsGzip)} gzip incl. inline`);
    weights.push(weight);
  }
  const search = await measureSearchBoth(running.url, smallRoot, 'real');

  let bigSearch: SearchLatency[] = [];
  if (big) {
    const bigServer = await serve({ root: join(bigRoot, 'dist'), port: 0 });
    servers.add(bigServer);
    // The budget is the search form's default order; best match first (every shard at once) is reported beside it.
    bigSearch = [...(await measureSearchBoth(bigServer.url, bigRoot, `${CONFERENCES} conferences`)), ...(await measureSearchBoth(bigServer.url, bigRoot, `${CONFERENCES} conferences`, 'relevance'))];
    await bigServer.close();
    servers.delete(bigServer);
  }
  await browser.close();
  browser = undefined;

  let lighthouse: LighthouseResult[] = [];
  if (!flags['no-lighthouse']) {
    progress(`  ▸ Lighthouse (mobile, simulated throttling) on ${LIGHTHOUSE_PAGES.length} pages`);
    lighthouse = await runLighthouse(running.url, LIGHTHOUSE_PAGES, progress);
  }
  await running.close();
  servers.delete(running);

  // 3. Budgets and goals.
  const checks: Check[] = [];
  for (const weight of weights) {
    checks.push(check(`page weight ${weight.path} (gzip, all requests)`, weight.beforeSearch.transferred.total, BUDGET.pageGzip, 'bytes'));
    checks.push(check(`JS before search ${weight.path} (gzip, incl. inline)`, weight.jsGzip, BUDGET.jsGzip, 'bytes'));
  }
  for (const build of [small, ...(big ? [big] : [])]) {
    checks.push(check(`largest HTML page, ${build.label} (gzip): ${build.largestPage.path}`, build.largestPage.gzip, BUDGET.largestPageGzip, 'bytes'));
    checks.push(check(`URLs in the largest sitemap file, ${build.label}`, build.sitemapUrls, BUDGET.sitemapUrls, 'URLs'));
  }
  if (big) {
    const scale = scaleBudget(big.conferences);
    if (scale.timeRatio !== undefined) checks.push(check(`build time ${big.label} ÷ real`, big.totalSeconds / small.totalSeconds, scale.timeRatio, '×'));
    if (scale.totalSeconds !== undefined) checks.push(check(`build time ${big.label}`, big.totalSeconds, scale.totalSeconds, 's'));
    checks.push(check(`peak RSS of one process, ${big.label}`, big.peakRssKiB ?? Number.NaN, scale.peakRssKiB, 'KiB'));
    if (addOne && big.conferences <= 1000) checks.push(check(`split after adding one conference to ${big.label}`, addOne.steps[0]?.wallSeconds ?? Number.NaN, BUDGET.addOneSplitSeconds, 's'));
    if (addOne) {
      const total = addOne.steps.reduce((sum, step) => sum + step.wallSeconds, 0);
      checks.push(check(`adding one conference to ${big.label} ÷ its clean build`, total / big.totalSeconds, big.conferences >= 5000 ? BUDGET.addOneRatioLarge : BUDGET.addOneRatio, '×'));
    }
    for (const [index, page] of big.questionOne.entries()) {
      const before = small.questionOne[index];
      if (!before) continue;
      checks.push(check(`question page HTML ${page.path} ${big.label} ÷ real (raw)`, page.raw / before.raw, BUDGET.htmlRatio, '×'));
      checks.push(check(`question page HTML ${page.path} ${big.label} ÷ real (gzip)`, page.gzip / before.gzip, BUDGET.htmlRatio, '×'));
    }
  }
  for (const latency of [...search, ...bigSearch]) {
    const where = `${latency.path}${bigSearch.includes(latency) ? ` (${CONFERENCES} conferences)` : ''}${latency.order === 'newest' ? '' : `, ${ORDER_LABEL[latency.order]}`}`;
    const kind = latency.order === 'newest' ? 'budget' : 'goal';
    checks.push(check(`search cold median ${where}`, latency.summary.cold.median, BUDGET.coldMs, 'ms', kind));
    checks.push(check(`search warm median ${where}`, latency.summary.warm.median, BUDGET.warmMs, 'ms', kind));
  }
  for (const result of lighthouse) {
    const lowest = Math.min(...CATEGORIES.map((category) => result.scores[category] ?? Number.NaN));
    checks.push(check(`Lighthouse lowest score ${result.path}`, lowest, GOAL.lighthouse, 'score', 'goal', true));
  }

  const loadAfter = machineLoad();
  report({ small, big, addOne, weights, search, bigSearch, lighthouse, checks });
  // The load at the end includes this run's own browsers, so only the starting load says whether others were busy.
  if (loadBefore.busy) {
    console.log(`! Load average was ${loadBefore.load1} on ${loadBefore.cpus} CPU(s) when the run started: timings are inflated by other work; sizes and scores are not.`);
  }

  await mkdir(join(PROJECT, 'bench'), { recursive: true });
  const output = join(PROJECT, 'bench/results.json');
  const strip = (build: BuildMeasure | undefined) => build && { ...build, steps: build.steps.map(({ log: _log, ...step }) => step) };
  await writeFile(
    output,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        commit: gitDescription(),
        node: process.version,
        chromium: chromiumVersion,
        quick: flags.quick,
        machine: { cpus: loadBefore.cpus, model: cpus()[0]?.model.trim() ?? null, loadAverageAtStart: loadBefore.load1, loadAverageAtEnd: loadAfter.load1 },
        budgets: BUDGET,
        goals: GOAL,
        builds: { real: strip(small), synthetic: strip(big) ?? null },
        addOne: addOne ? { ...addOne, steps: addOne.steps.map(({ log: _log, ...step }) => step) } : null,
        pageWeight: weights,
        search: { real: search, synthetic: bigSearch },
        lighthouse,
        checks,
      },
      null,
      2,
    )}\n`,
  );
  progress(`Results written to ${output}`);
  const failedBudgets = checks.filter((item) => item.kind === 'budget' && !item.pass);
  return flags.strict && failedBudgets.length > 0 ? 1 : 0;
}

function report(data: {
  small: BuildMeasure;
  big: BuildMeasure | undefined;
  addOne: AddOne | undefined;
  weights: PageWeight[];
  search: SearchLatency[];
  bigSearch: SearchLatency[];
  lighthouse: LighthouseResult[];
  checks: Check[];
}): void {
  const { small, big, addOne, weights, search, bigSearch, lighthouse, checks } = data;
  const section = (title: string, table: string) => console.log(`\n${title}\n${table}`);

  section(
    'Page weight (first visit, before search is opened; gzip = body bytes on the wire)',
    formatTable(
      ['page', 'requests', 'HTML raw', 'HTML gzip', 'CSS gzip', 'JS raw', 'JS gzip', 'other gzip', 'total raw', 'total gzip', 'inline JS gzip', 'inline CSS gzip', 'JS budget gzip', '+ on search open'],
      weights.map((weight) => {
        const { raw, transferred, requests } = weight.beforeSearch;
        return [
          weight.path,
          requests,
          kb(raw.html),
          kb(transferred.html),
          kb(transferred.css),
          kb(raw.js),
          kb(transferred.js),
          kb(transferred.other),
          kb(raw.total),
          kb(transferred.total),
          `${kb(weight.inlineScripts.gzip)} (${weight.inlineScripts.count})`,
          `${kb(weight.inlineStyles.gzip)} (${weight.inlineStyles.count})`,
          kb(weight.jsGzip),
          `${kb(weight.searchOpened.transferred.total)} / ${weight.searchOpened.requests} req`,
        ];
      }),
    ),
  );

  const builds = [small, ...(big ? [big] : [])];
  const rss = (kib: number | null) => (kib === null ? 'n/a' : `${(kib / 1024).toFixed(0)} MB`);
  section(
    'Build scale (each step its own process; peak RSS = largest single process)',
    formatTable(
      ['build', 'conferences', 'split', 'astro build: pages', 'search index', 'total', 'peak RSS (split/astro build)', 'HTML pages', 'dist/', 'of which pagefind/'],
      builds.map((build) => [
        build.label,
        build.conferences,
        `${build.steps[0]?.wallSeconds.toFixed(1)} s`,
        `${astroPagesSeconds(build.steps).toFixed(1)} s`,
        `${searchIndexSeconds(build.steps).toFixed(1)} s`,
        `${build.totalSeconds.toFixed(1)} s`,
        build.steps.map((step) => rss(step.peakRssKiB)).join(' / '),
        build.htmlPages,
        mb(build.distBytes),
        mb(build.pagefindBytes),
      ]),
    ),
  );
  if (addOne) {
    const shards = addOne.shards ? `${addOne.shards.indexed} indexed, ${addOne.shards.unchanged} placed unchanged` : 'n/a';
    section(
      `Adding one conference (${addOne.conference}) to the built archive, then building again`,
      formatTable(
        ['split', 'astro build: pages', 'search index', 'total', '÷ clean build', 'peak RSS (split/astro build)', 'pages rendered / kept', 'search shards'],
        [[
          `${addOne.steps[0]?.wallSeconds.toFixed(1)} s`,
          `${astroPagesSeconds(addOne.steps).toFixed(1)} s`,
          `${searchIndexSeconds(addOne.steps).toFixed(1)} s`,
          `${addOne.steps.reduce((sum, step) => sum + step.wallSeconds, 0).toFixed(1)} s`,
          big ? `${(addOne.steps.reduce((sum, step) => sum + step.wallSeconds, 0) / big.totalSeconds).toFixed(2)} ×` : 'n/a',
          addOne.steps.map((step) => rss(step.peakRssKiB)).join(' / '),
          `${addOne.pages.rendered} / ${addOne.pages.kept}`,
          shards,
        ]],
      ),
    );
  }
  section(
    'Question 1 of the seed conference, HTML as built',
    formatTable(
      ['page', ...builds.flatMap((build) => [`${build.label} raw`, `${build.label} gzip`]), ...(big ? ['ratio raw', 'ratio gzip'] : [])],
      small.questionOne.map((page, index) => {
        const other = big?.questionOne[index];
        return [
          page.path,
          ...builds.flatMap((build) => [`${build.questionOne[index]?.raw ?? 'n/a'} B`, `${build.questionOne[index]?.gzip ?? 'n/a'} B`]),
          ...(other ? [`${(other.raw / page.raw).toFixed(3)}×`, `${(other.gzip / page.gzip).toFixed(3)}×`] : []),
        ];
      }),
    ),
  );

  const searchRows = [
    ...search.map((latency) => ['real', latency] as const),
    ...bigSearch.map((latency) => [`${big?.conferences ?? ''} conferences, ${ORDER_LABEL[latency.order]}`, latency] as const),
  ];
  section(
    'Search latency (cold: press / → results in the DOM, fresh page; warm: submit → results, engine loaded; typed adds the 120 ms input debounce)',
    formatTable(
      ['build', 'page', 'cold median', 'cold worst', 'warm median', 'warm worst', 'repeat median', 'typed median', 'cold loads (median)', 'results per query'],
      searchRows.map(([label, latency]) => [
        label,
        latency.path,
        ms(latency.summary.cold.median),
        ms(latency.summary.cold.worst),
        ms(latency.summary.warm.median),
        ms(latency.summary.warm.worst),
        ms(latency.summary.repeat.median),
        ms(latency.summary.typed.median),
        `${kb(latency.coldBytesMedian)} / ${Math.round(summarize(latency.coldLoads.map((load) => load.requests)).median)} req`,
        latency.warm.map((sample) => `${sample.query} ${sample.results}`).join(', '),
      ]),
    ),
  );
  for (const [label, latency] of searchRows) {
    const perQuery = (samples: SearchLatency['cold']) => samples.map((sample) => `${sample.query} ${Math.round(sample.ms)}`).join(', ');
    console.log(`  ${label} ${latency.path}`);
    console.log(`    cold per query (ms, median of ${latency.rounds}): ${perQuery(latency.cold)}`);
    console.log(`    warm per query (ms, median of ${latency.rounds}): ${perQuery(latency.warm)}`);
    console.log(`    cold timeline (ms after /, median): ${breakdownLine(latency)}`);
  }

  if (lighthouse.length > 0) {
    section(
      'Lighthouse (default mobile config, simulated throttling)',
      formatTable(
        ['page', ...CATEGORIES, 'FCP', 'LCP', 'TBT', 'CLS'],
        lighthouse.map((result) => [
          result.path,
          ...CATEGORIES.map((category) => result.scores[category] ?? 'n/a'),
          ms(result.metrics['first-contentful-paint'] ?? Number.NaN),
          ms(result.metrics['largest-contentful-paint'] ?? Number.NaN),
          ms(result.metrics['total-blocking-time'] ?? Number.NaN),
          (result.metrics['cumulative-layout-shift'] ?? Number.NaN).toFixed(3),
        ]),
      ),
    );
    for (const result of lighthouse) {
      for (const category of CATEGORIES) {
        const score = result.scores[category];
        if (score === null || score < 100) {
          const audits = result.failing[category].map((audit) => `${audit.id} (${Math.round(audit.score * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
          console.log(`  ${result.path} ${category} ${score ?? 'n/a'}: ${audits.join(', ') || 'no single failing audit'}`);
        }
      }
      if (result.runtimeError) console.log(`  ${result.path}: Lighthouse runtime error: ${result.runtimeError}`);
    }
  }

  const shown = (item: Check) => {
    if (item.unit === 'bytes') return `${kb(item.value)} (${item.value} B)`;
    if (item.unit === 'KiB') return mb(item.value * 1024);
    if (item.unit === '×') return `${item.value.toFixed(2)}×`;
    if (item.unit === 'ms') return ms(item.value);
    if (item.unit === 's') return `${item.value.toFixed(1)} s`;
    return String(item.value);
  };
  const limit = (item: Check) => {
    if (item.unit === 'bytes') return `≤ ${kb(item.limit)}`;
    if (item.unit === 'KiB') return `≤ ${mb(item.limit * 1024)}`;
    if (item.unit === '×') return `≤ ${item.limit}×`;
    if (item.unit === 'ms') return `≤ ${item.limit} ms`;
    if (item.unit === 's') return `≤ ${item.limit} s`;
    if (item.unit === 'URLs') return `≤ ${item.limit}`;
    return `≥ ${item.limit}`;
  };
  section(
    'Budgets and goals',
    formatTable(
      ['check', 'kind', 'measured', 'limit', 'result'],
      checks.map((item) => [item.name, item.kind, shown(item), limit(item), item.pass ? 'pass' : 'FAIL']),
    ),
  );
  const failed = checks.filter((item) => !item.pass);
  const failedBudgets = failed.filter((item) => item.kind === 'budget');
  console.log(
    `\n${checks.length - failed.length}/${checks.length} checks pass; ${failedBudgets.length} budget(s) and ${failed.length - failedBudgets.length} goal(s) missed.` +
      `${flags.quick ? ' (--quick: build-scale budgets not checked.)' : ''}`,
  );
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  if (!interrupted) console.error(`\nBenchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await cleanUp();
}
process.exit(exitCode);
