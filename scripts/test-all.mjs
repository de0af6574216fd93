// Run every test the project has, in layers, and end with one line CI reads: "N passed, N failed".
//   1. the committed MDX is up to date (split --check)
//   2. at the same time: unit tests (vitest projects `unit` and `render`: pure functions, and components
//      rendered without a build) and the type check of every .ts and .astro file (astro check)
//   3. one build (npm run build)
//   4. at the same time, over that build: its HTML checked without a browser (vitest project `build`, which
//      also builds a copy in a folder whose path has a space and Chinese characters and compares the bytes)
//      and the browser tests (Playwright + Chromium), only for what needs a browser
// Steps that run together print their output when they end, one after the other.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0 };
const timings = [];
mkdirSync('test-results', { recursive: true });

/**
 * Run a command; tell whether it exited 0. With `quiet`, hold its output and print it when it ends,
 * so that steps running at the same time do not mix their lines.
 */
function run(label, command, args, { env = {}, quiet = false } = {}) {
  const line = `▶ ${label}: ${[command, ...args].join(' ')}`;
  console.log(quiet ? `${line} (started; output when it ends)` : `\n${line}`);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.stdout.isTTY ? '1' : '0', ...env },
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    const finish = (ok) => {
      const seconds = (performance.now() - started) / 1000;
      timings.push([label, seconds]);
      if (quiet) process.stdout.write(`\n${line} (${seconds.toFixed(1)} s)\n${Buffer.concat(output).toString('utf8')}`);
      resolve(ok);
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      finish(false);
    });
    child.on('close', (status) => finish(status === 0));
  });
}

/** Count a step that is one check of its own. */
function count(label, ok) {
  results[ok ? 'passed' : 'failed']++;
  if (!ok) console.log(`✗ ${label} failed`);
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** Run vitest projects and add their tests to the count (a run that fails without failing tests counts as one failure). */
async function vitest(label, projects, options) {
  const output = `test-results/${projects.join('-')}.json`;
  rmSync(output, { force: true });
  const selection = projects.flatMap((project) => ['--project', project]);
  const ok = await run(label, 'vitest', ['run', ...selection, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`], options);
  const report = readJson(output);
  if (!report) return count(label, false);
  results.passed += report.numPassedTests;
  results.failed += report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
}

/** Run the browser tests and add them to the count. */
async function playwright(options) {
  rmSync('test-results/e2e.json', { force: true });
  const ok = await run('Browser tests', 'playwright', ['test'], { ...options, env: { CI: 'true' } });
  const e2e = readJson('test-results/e2e.json');
  if (!e2e) return count('browser tests', false);
  results.passed += e2e.stats.expected + e2e.stats.flaky;
  results.failed += e2e.stats.unexpected + (ok || e2e.stats.unexpected > 0 ? 0 : 1);
}

const quiet = { quiet: true };
// Index the seed's 15 pages a script in shards of 8, so that every search test runs across shards
// as a large archive's search does (src/search-index/index-search.ts, src/shared/search/shards.ts).
process.env.DAWENLU_SEARCH_SHARD_PAGES ??= '8';

count('split --check', await run('Generated MDX is up to date', 'tsx', ['scripts/split.ts', '--check']));
await Promise.all([
  vitest('Unit tests', ['unit', 'render'], quiet),
  run('Type check (.ts and .astro)', 'astro', ['check'], quiet).then((ok) => count('astro check', ok)),
]);
const built = await run('Build', 'npm', ['run', 'build', '--silent']);
count('build', built);
if (built) await Promise.all([vitest('Checks of the built HTML', ['build'], quiet), playwright(quiet)]);

console.log(`\n${timings.map(([label, seconds]) => `${label}: ${seconds.toFixed(1)} s`).join('\n')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
