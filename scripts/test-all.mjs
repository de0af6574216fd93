// Run every test the project has, in layers, and end with one line CI reads: "N passed, N failed".
//   1. type check of every .ts and .astro file (astro check), and the committed MDX is up to date (split --check)
//   2. unit tests (vitest projects `unit` and `render`): pure functions, and components rendered without a build
//   3. one build (npm run build), then its HTML checked without a browser (vitest project `build`, which
//      also builds a copy in a folder whose path has a space and Chinese characters and compares the bytes)
//   4. browser tests over that build (Playwright + Chromium), only for what needs a browser
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0 };
const timings = [];
mkdirSync('test-results', { recursive: true });

/** Run a command with the terminal attached; tell whether it exited 0. */
function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  timings.push([label, (performance.now() - started) / 1000]);
  return child.status === 0;
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
function vitest(label, projects) {
  const output = `test-results/${projects.join('-')}.json`;
  rmSync(output, { force: true });
  const selection = projects.flatMap((project) => ['--project', project]);
  const ok = run(label, 'vitest', ['run', ...selection, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  const report = readJson(output);
  if (!report) return count(`${label}`, false);
  results.passed += report.numPassedTests;
  results.failed += report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
}

count('astro check', run('Type check (.ts and .astro)', 'astro', ['check']));
count('split --check', run('Generated MDX is up to date', 'tsx', ['scripts/split.ts', '--check']));
vitest('Unit tests', ['unit', 'render']);

const built = run('Build', 'npm', ['run', 'build', '--silent']);
count('build', built);
if (built) {
  vitest('Checks of the built HTML', ['build']);
  rmSync('test-results/e2e.json', { force: true });
  const e2eOk = run('Browser tests', 'playwright', ['test'], { CI: 'true' });
  const e2e = readJson('test-results/e2e.json');
  if (e2e) {
    results.passed += e2e.stats.expected + e2e.stats.flaky;
    results.failed += e2e.stats.unexpected + (e2eOk || e2e.stats.unexpected > 0 ? 0 : 1);
  } else count('browser tests', false);
}

console.log(`\n${timings.map(([label, seconds]) => `${label}: ${seconds.toFixed(1)} s`).join('\n')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
