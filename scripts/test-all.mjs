// Run every test the project has, in order, and end with one line CI reads: "N passed, N failed".
//   1. the committed MDX is up to date (split --check)
//   2. unit tests (vitest)
//   3. a real build (split, Astro, Pagefind), then browser tests over it (Playwright + Chromium)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0 };
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  return child.status === 0;
}

function count(label, ok) {
  results[ok ? 'passed' : 'failed']++;
  if (!ok) console.log(`✗ ${label} failed`);
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

count('split --check', run('Generated MDX is up to date', 'tsx', ['scripts/split.ts', '--check']));

rmSync('test-results/unit.json', { force: true });
const unitOk = run('Unit tests', 'vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  results.passed += unit.numPassedTests;
  results.failed += unit.numFailedTests + (unitOk || unit.numFailedTests > 0 ? 0 : 1);
} else count('unit tests', false);

const built = run('Build', 'npm', ['run', 'build', '--silent']);
count('build', built);
if (built) {
  rmSync('test-results/e2e.json', { force: true });
  const e2eOk = run('Browser tests', 'playwright', ['test'], { CI: 'true' });
  const e2e = readJson('test-results/e2e.json');
  if (e2e) {
    results.passed += e2e.stats.expected + e2e.stats.flaky;
    results.failed += e2e.stats.unexpected + (e2eOk || e2e.stats.unexpected > 0 ? 0 : 1);
  } else count('browser tests', false);
}

console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
