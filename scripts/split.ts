/**
 * Split every transcript in content/transcripts/ into per-question MDX pages in both scripts.
 *
 *   npm run split              write content/generated/
 *   npm run split -- --check   exit 1 if content/generated/ is out of date (writes nothing)
 *   npm run split -- --force   overwrite generated files even if edited by hand
 *   npm run split -- --explain <file>   print how every line of one transcript is read (writes nothing)
 *
 * Every failure is one line naming the file and what to do; a failed split leaves no page half-written.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { constants } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assembleArchive, type ArchiveResult, type BuiltConference, type ConferenceReport } from '../src/splitter/archive/build';
import { isInSync, isStagingPath, planSync, type SyncPlan } from '../src/splitter/mdx/plan';
import { SCRIPT_MAP_FILE } from '../src/shared/search/script-map-file';
import { paths } from './paths';
import { keysOf, noneReused, reusedConferences, saveSplitCache, splitCodeDigest } from '../src/splitter/run/cache';
import { buildConferencesInParallel } from '../src/splitter/run/parallel';
import { attempt, failureOf, listFiles, NOTHING_WRITTEN, readFiles, shown } from '../src/splitter/run/files';
import { skippedNotices, type FolderKind } from '../src/splitter/run/skipped';
import { acquireLock, LockBusy, runningHolder, waitForLock, type LockEvents } from '../src/splitter/run/lock';
import { explainFile } from '../src/splitter/run/explain';
import { applyPlan, stopStaging } from '../src/splitter/run/write';

/** What the split reads of each folder: everything else in them is named as skipped. */
const TRANSCRIPTS: FolderKind = { extension: '.txt', what: 'transcript' };
const EDITORIALS: FolderKind = { extension: '.yaml', what: 'editorial file' };

const LOCK = join(paths.generated, '.split.lock');
/** Wait up to a minute for another split (a build and a test run may split at the same time). */
const LOCK_TIMING = { wait: 60_000, poll: 100 };
const LOCK_EVENTS: LockEvents = {
  waiting: (holder) => console.error(`${shown(LOCK)}: another split is running (pid ${holder}); waiting for it to end.`),
  tookOver: (holder) => console.error(`${shown(LOCK)}: took over the lock left by split pid ${holder}, which is no longer running.`),
};

const { values: flags } = parseArgs({ options: { check: { type: 'boolean' }, force: { type: 'boolean' }, explain: { type: 'string' } } });

// Ctrl+C or kill ends the split through its exit handlers, which release the lock and remove staging
// files, once the pages being written are (a file still being created at the exit would stay behind).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    const exit = () => process.exit(128 + constants.signals[signal]);
    setTimeout(exit, 5000).unref();
    void stopStaging().finally(exit);
  });
}

try {
  process.exitCode = flags.explain !== undefined ? explainFile(resolve(flags.explain)) : flags.check ? await check() : await split();
} catch (error) {
  if (error instanceof LockBusy) {
    console.error(`${shown(LOCK)}: another split is running (pid ${error.holder}); try again when it ends (if none is, delete this file). ${NOTHING_WRITTEN}`);
  } else {
    const path = (error as { path?: unknown } | null)?.path;
    console.error((await failureOf(error, typeof path === 'string' ? path : paths.generated)).message);
  }
  process.exitCode = 1;
}

/** Write content/generated/ from the transcripts; return the exit code. */
async function split(): Promise<number> {
  let built = await build(true);
  if (!built.result.ok) return 1;
  await attempt(paths.generated, () => mkdir(paths.generated, { recursive: true }));
  // The split reads the transcripts before it waits for another split to end; that one may have
  // changed the pages and the cache meanwhile, so a split that had to wait reads them again.
  let waited = false;
  const release = await attempt(LOCK, () => acquireLock(LOCK, LOCK_TIMING, { ...LOCK_EVENTS, waiting: (holder) => ((waited = true), LOCK_EVENTS.waiting?.(holder)) }));
  try {
    if (waited) built = await build(true, false);
    const { result, reused, save } = built;
    if (!result.ok) return 1;
    const plan = await planFor(result, reused);
    if (plan.edited.length > 0 && !flags.force) {
      for (const path of plan.edited) console.error(`content/generated/${path}: edited by hand since it was generated`);
      console.error(
        'Generated files are rebuilt from the transcripts. Put corrections and titles in content/editorial/<id>.yaml,\n' +
          'then run `npm run split -- --force` to replace the edited files. Nothing was written.',
      );
      return 1;
    }
    const applied = await applyPlan(paths.generated, plan);
    await save(result.conferences);
    if (applied.leftovers > 0) console.log(`content/generated/: removed ${applied.leftovers} staging file(s) left by an interrupted split.`);
    const kept = reused.length > 0 ? ` (${count(reused.length, 'conference')} unchanged since the last split, not read again)` : '';
    console.log(`${summary(result)}: ${applied.written} written, ${applied.removed} removed, ${plan.unchanged} unchanged${kept}.`);
    return 0;
  } finally {
    release();
  }
}

/** Tell whether content/generated/ is up to date, writing nothing; return the exit code. */
async function check(): Promise<number> {
  const { result } = await build(false);
  if (!result.ok) return 1;
  let plan: SyncPlan;
  // A split that starts while the folder is read may show it half-updated: then wait and read it again.
  do {
    await attempt(LOCK, () => waitForLock(LOCK, LOCK_TIMING, LOCK_EVENTS));
    plan = await planFor(result);
  } while ((await attempt(LOCK, () => runningHolder(LOCK))) !== null);
  if (isInSync(plan)) {
    console.log(`${summary(result)}: content/generated/ is up to date.`);
    return 0;
  }
  for (const file of plan.write) console.error(`out of date: content/generated/${file.path}`);
  for (const path of plan.remove) console.error(`no longer produced: content/generated/${path}`);
  for (const path of plan.leftovers) console.error(`left by an interrupted split: content/generated/${path}`);
  console.error('content/generated/ does not match the transcripts. Run `npm run split` and commit the result.');
  return 1;
}

/**
 * Read the transcripts and editorial files and build the pages, printing problems or progress.
 * @param cached whether to leave the conferences unchanged since the last split as they are (see
 *   src/splitter/run/cache.ts) rather than build every one (`--check` always builds every one)
 * @param report whether to print each conference built (not when reading them again after waiting)
 * @returns the result, the conferences reused, and how to remember this split for the next one
 */
async function build(
  cached: boolean,
  report = true,
): Promise<{ result: ArchiveResult; reused: BuiltConference[]; save: (conferences: readonly BuiltConference[]) => Promise<void> }> {
  if (report) {
    const skipped = [...(await skippedNotices(paths.transcripts, paths.root, TRANSCRIPTS)), ...(await skippedNotices(paths.editorial, paths.root, EDITORIALS))];
    for (const notice of skipped) console.error(notice);
  }
  const transcriptNames = (await listFiles(paths.transcripts, false)).filter((name) => name.endsWith('.txt'));
  const editorialNames = (await listFiles(paths.editorial, true)).filter((name) => name.endsWith('.yaml'));
  const transcripts = await readFiles(paths.transcripts, transcriptNames, paths.root, (path) => readFile(path));
  const editorials = await readFiles(paths.editorial, editorialNames, paths.root, (path) => readFile(path, 'utf8'));
  const code = cached ? await splitCodeDigest() : '';
  const keys = cached ? keysOf(code, transcripts, editorials) : new Map<string, string>();
  const found = cached ? await reusedConferences(code, keys) : noneReused();
  const { reused } = found;
  const reusedFiles = new Set(reused.map((conference) => conference.file));
  const toBuild = transcripts.filter((transcript) => !reusedFiles.has(transcript.path));
  const result = assembleArchive(await buildConferencesInParallel(toBuild, editorials), toBuild.map((transcript) => transcript.path), reused);
  if (!result.ok) {
    for (const error of result.errors) console.error(error.message);
    console.error(`\n${result.errors.length} problem(s) found; nothing was written.`);
  } else if (report) {
    for (const conference of result.reports) if (!reusedFiles.has(conference.file)) console.log(progressLine(conference));
  }
  return { result, reused, save: (conferences) => (cached ? saveSplitCache(code, conferences, keys, found) : Promise.resolve()) };
}

/**
 * Compare what the transcripts give with content/generated/ as it is now, reading every file but
 * the pages of reused conferences (known to be as the split left them).
 */
async function planFor(result: Extract<ArchiveResult, { ok: true }>, reused: readonly BuiltConference[] = []): Promise<SyncPlan> {
  const kept = new Set(reused.flatMap((conference) => conference.pages));
  const names = await listFiles(paths.generated, true);
  const toRead = names.filter((name) => /\.(mdx|yaml)$/.test(name) && !isStagingPath(name) && !kept.has(name));
  const pages = await readFiles(paths.generated, toRead, paths.generated, (path) => readFile(path, 'utf8'));
  const plan = planSync(result.files, new Map(pages.map((page) => [page.path, page.content])), names.filter(isStagingPath));
  return { ...plan, unchanged: plan.unchanged + kept.size };
}

/** Say what the transcripts give: conferences, questions, and the files kept in content/generated/ (pages and the script map). */
function summary(result: Extract<ArchiveResult, { ok: true }>): string {
  const questions = result.reports.reduce((sum, report) => sum + report.questions, 0);
  const pages = result.conferences.reduce((sum, conference) => sum + conference.pages.length, 0);
  const map = result.files.some((file) => file.path === SCRIPT_MAP_FILE) ? ' and the script map' : '';
  return `${result.reports.length} conference(s), ${questions} question(s), ${pages} page(s) in 2 scripts${map}`;
}

/** Count something in English: "1 question", "14 questions". */
function count(amount: number, noun: string): string {
  return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
}

/** Say what the split read in one transcript. */
function progressLine(report: ConferenceReport): string {
  const joins = report.joins.map((join) => `${join.line}→${join.resumedOn}`).join(', ');
  return [
    `${report.file}:`,
    `${count(report.questions, 'question')},`,
    `${count(report.joins.length, 'page-break join')}${joins ? ` (lines ${joins})` : ''},`,
    report.continuation ? `continues elsewhere ${report.continuation}` : 'complete',
    report.edited ? '' : '(no editorial file: titles derived)',
  ].join(' ').trim();
}
