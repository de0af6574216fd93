/** Temporary copies of the project for the build benchmark, and the timed build steps run in them. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSize, parseTimeOutput } from './measure';

import { mapLimit } from '../../src/shared/concurrency';
import { copyProjectInto, PROJECT } from '../project-copy';

export { PROJECT };
const BIN = join(PROJECT, 'node_modules/.bin');
const TIME = '/usr/bin/time';


/**
 * Make a copy of the project at `root` holding the given transcripts and editorial files.
 * node_modules is a real folder of symlinks to the project's packages rather than one symlink,
 * so the build caches Astro and Vite keep in node_modules (.astro/data-store.json, .vite) stay
 * inside the copy: every benchmark build starts cold and never touches the project's own cache.
 */
export async function makeProject(
  root: string,
  transcripts: readonly { name: string; text: string | Uint8Array }[],
  editorials: readonly { name: string; text: string }[],
): Promise<void> {
  copyProjectInto(root);
  await mkdir(join(root, 'content/transcripts'), { recursive: true });
  await mkdir(join(root, 'content/editorial'), { recursive: true });
  // Thousands of transcripts: write a few at a time, never all files open at once.
  await mapLimit(transcripts, 16, (file) => writeFile(join(root, 'content/transcripts', file.name), file.text));
  await mapLimit(editorials, 16, (file) => writeFile(join(root, 'content/editorial', file.name), file.text));
}

/**
 * A build step's wall time and the peak RSS of its largest process: GNU time's figure (wait4 rusage)
 * or, when larger, the largest sampled every half second among the step's processes (GNU time misses
 * grandchildren that are not waited for, such as Pagefind's binary).
 */
export interface StepResult {
  step: string;
  wallSeconds: number;
  /** Peak resident set size of the largest single process of the step (KiB), or null without /usr/bin/time. */
  peakRssKiB: number | null;
  log: string;
  /** Of `astro build`'s time, what its search-index integration took (from its last line). */
  searchIndexSeconds?: number;
}

const running = new Set<ChildProcess>();

/** Kill every step still running (its whole process group) and wait for it to be gone. */
export async function killRunningSteps(): Promise<void> {
  const exits = [...running].map((child) => {
    const gone = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('close', () => resolve());
    });
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }
    return Promise.race([gone, new Promise<void>((resolve) => setTimeout(resolve, 5_000).unref())]);
  });
  running.clear();
  await Promise.all(exits);
}

/**
 * Run one build step as its own process (under GNU time when available), with its output going
 * to a log file, printing a heartbeat while it runs. Throws with the log's tail if it fails.
 */
export async function runStep(options: {
  step: string;
  command: string;
  args: readonly string[];
  cwd: string;
  env: Record<string, string>;
  logDir: string;
  progress: (line: string) => void;
}): Promise<StepResult> {
  const { step, command, args, cwd, env, logDir, progress } = options;
  await mkdir(logDir, { recursive: true });
  const slug = step.replace(/[^a-z0-9]+/giu, '-').toLowerCase();
  const log = join(logDir, `${slug}.log`);
  const timeFile = join(logDir, `${slug}.time`);
  const timed = existsSync(TIME);
  const [file, argv] = timed ? [TIME, ['-o', timeFile, '-f', '%e %M', command, ...args]] : [command, [...args]];

  const output = createWriteStream(log);
  const started = performance.now();
  const child = spawn(file, argv, {
    cwd,
    env: { ...process.env, PATH: `${BIN}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  child.stdout?.pipe(output, { end: false });
  child.stderr?.pipe(output, { end: false });
  const heartbeat = setInterval(() => progress(`    … ${step} still running (${((performance.now() - started) / 1000).toFixed(0)} s)`), 15_000);
  let sampledKiB = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) sampledKiB = Math.max(sampledKiB, largestRssInGroup(child.pid));
  }, 500);
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', (exitCode) => done(exitCode));
  }).finally(() => {
    clearInterval(heartbeat);
    clearInterval(sampler);
    running.delete(child);
  });
  const wallSeconds = (performance.now() - started) / 1000;
  await new Promise<void>((done) => output.end(done));
  if (code !== 0) {
    const tail = (await readFile(log, 'utf8')).trimEnd().split('\n').slice(-40).join('\n');
    throw new Error(`${step} failed (exit ${code}); last lines of ${log}:\n${tail}`);
  }
  const measured = timed ? parseTimeOutput(await readFile(timeFile, 'utf8').catch(() => '')) : null;
  const peakRssKiB = measured ? Math.max(measured.peakRssKiB, sampledKiB) : sampledKiB || null;
  return { step, wallSeconds, peakRssKiB, log };
}

/** The largest resident set (KiB) among the processes of a process group, from /proc (0 where there is none). */
function largestRssInGroup(group: number): number {
  let largest = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/u.test(name))) {
    try {
      // Fields after the command's closing parenthesis: state ppid pgrp … (pgrp is the third).
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== group) continue;
      const rss = /^VmRSS:\s+(\d+) kB$/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      largest = Math.max(largest, Number(rss ?? 0));
    } catch {
      // The process ended between listing and reading: skip it.
    }
  }
  return largest;
}

/** The search index's time as its integration logs it last (`Search index: … ; 12.3 s.`). */
const SEARCH_INDEX_TIME = /Search index: .*; (\d+(?:\.\d+)?) s\.$/mu;

/**
 * The two steps of `npm run build`, each timed as its own process, for the project copy at `root`:
 * the split, and `astro build`, whose search-index integration's share is read from its log.
 */
export async function buildProject(root: string, label: string, progress: (line: string) => void): Promise<StepResult[]> {
  const logDir = join(root, 'bench-logs');
  const env = { DAWENLU_ROOT: root };
  const steps = [
    { step: `${label} split`, command: join(BIN, 'tsx'), args: ['scripts/split.ts'], cwd: PROJECT },
    { step: `${label} astro build`, command: join(BIN, 'astro'), args: ['build', '--root', root], cwd: root },
  ];
  const results: StepResult[] = [];
  for (const step of steps) {
    progress(`  ▸ ${step.step} …`);
    const result = await runStep({ ...step, env, logDir, progress });
    const indexed = SEARCH_INDEX_TIME.exec(await readFile(result.log, 'utf8'));
    if (indexed) result.searchIndexSeconds = Number(indexed[1]);
    const rss = result.peakRssKiB === null ? 'peak RSS n/a' : `peak RSS ${(result.peakRssKiB / 1024).toFixed(0)} MB`;
    progress(`    ${step.step}: ${result.wallSeconds.toFixed(1)} s, ${rss}`);
    results.push(result);
  }
  return results;
}

/** File count, HTML pages (with their sizes) and total bytes of a built site folder, and the bytes of its search index. */
export async function folderStats(
  folder: string,
): Promise<{ files: number; htmlPages: number; bytes: number; pagefindBytes: number; htmlSizes: { path: string; size: number }[] }> {
  let files = 0;
  let bytes = 0;
  let pagefindBytes = 0;
  const htmlSizes: { path: string; size: number }[] = [];
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = (await stat(path)).size;
    files++;
    bytes += size;
    if (entry.name.endsWith('.html')) htmlSizes.push({ path, size });
    // Every shard of both scripts' indexes: pagefind/, pagefind-2/, zh-hant/pagefind/, …
    if (/(?:^|\/)pagefind(?:-\d+)?\//u.test(relative(folder, path))) pagefindBytes += size;
  }
  return { files, htmlPages: htmlSizes.length, bytes, pagefindBytes, htmlSizes };
}

/** Raw and gzip size of one built page (`/2024-03-07-wang-yi/01/` → dist/…/index.html), or null if missing. */
export async function pageSize(dist: string, path: string): Promise<{ raw: number; gzip: number } | null> {
  const file = join(dist, path, 'index.html');
  const content = await readFile(file).catch(() => null);
  return content ? { raw: content.length, gzip: gzipSize(content) } : null;
}

/** Remove a folder tree, tolerating one that is already gone. */
export async function removeTree(folder: string): Promise<void> {
  if (await lstat(folder).catch(() => null)) await rm(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
