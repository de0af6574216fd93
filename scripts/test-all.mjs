// Run every test the project has, in order, and end with one line CI reads: "N passed, N failed".
//   1. the committed MDX is up to date (split --check)
//   2. unit tests (vitest)
//   3. a real build (split, Astro, Pagefind) and a type check, then browser tests over the build (Playwright + Chromium)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

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

/** Hash every file of a folder, path by path, to compare two builds byte for byte. */
function treeHashes(folder) {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((path) => [path, createHash('sha256').update(readFileSync(path)).digest('hex')]),
  );
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
count('typecheck', run('Type check', 'tsc', ['--noEmit']));
if (built) {
  rmSync('test-results/e2e.json', { force: true });
  const e2eOk = run('Browser tests', 'playwright', ['test'], { CI: 'true' });
  const e2e = readJson('test-results/e2e.json');
  if (e2e) {
    results.passed += e2e.stats.expected + e2e.stats.flaky;
    results.failed += e2e.stats.unexpected + (e2eOk || e2e.stats.unexpected > 0 ? 0 : 1);
  } else count('browser tests', false);
}

if (built) {
  // The same input must build byte-identical files.
  const first = treeHashes('dist');
  const rebuilt = run('Rebuild for reproducibility', 'npm', ['run', 'build', '--silent']);
  const second = rebuilt ? treeHashes('dist') : new Map();
  const differing = [...new Set([...first.keys(), ...second.keys()])].filter((path) => first.get(path) !== second.get(path));
  for (const path of differing.slice(0, 10)) console.log(`  differs between builds: ${path}`);
  count('reproducible build', rebuilt && differing.length === 0);
}

console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
