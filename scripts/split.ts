/**
 * Split every transcript in content/transcripts/ into per-question MDX pages in both scripts.
 *
 *   npm run split              write content/generated/
 *   npm run split -- --check   exit 1 if content/generated/ is out of date
 *   npm run split -- --force   overwrite generated files even if edited by hand
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildArchive, type ConferenceReport, type SourceFile } from '../src/lib/archive/build';
import { isInSync, planSync } from '../src/lib/mdx/plan';
import { toTraditional } from '../src/lib/script/convert';
import { paths } from './paths';

const { values: flags } = parseArgs({ options: { check: { type: 'boolean' }, force: { type: 'boolean' } } });

const transcripts = await readFolder(paths.transcripts, paths.root, '.txt', (path) => readFile(path));
const editorials = await readFolder(paths.editorial, paths.root, '.yaml', (path) => readFile(path, 'utf8'));
const result = buildArchive(transcripts, editorials, { 'zh-Hans': (text) => text, 'zh-Hant': toTraditional });

if (!result.ok) {
  for (const error of result.errors) console.error(error.message);
  console.error(`\n${result.errors.length} problem(s) found; nothing was written.`);
  process.exit(1);
}

for (const report of result.reports) console.log(progressLine(report));

const generatedFiles = await readFolder(paths.generated, paths.generated, '.mdx', (path) => readFile(path, 'utf8'));
const existing = new Map(generatedFiles.map((file) => [file.path, file.content]));
const plan = planSync(result.files, existing);
const questions = result.reports.reduce((sum, report) => sum + report.questions, 0);
const summary = `${result.reports.length} conference(s), ${questions} question(s), ${result.files.length} page(s) in 2 scripts`;

if (flags.check) {
  if (isInSync(plan)) {
    console.log(`${summary}: content/generated/ is up to date.`);
  } else {
    for (const file of plan.write) console.error(`out of date: content/generated/${file.path}`);
    for (const path of plan.remove) console.error(`no longer produced: content/generated/${path}`);
    console.error('content/generated/ does not match the transcripts. Run `npm run split` and commit the result.');
    process.exit(1);
  }
} else {
  if (plan.edited.length > 0 && !flags.force) {
    for (const path of plan.edited) console.error(`content/generated/${path}: edited by hand since it was generated`);
    console.error(
      'Generated files are rebuilt from the transcripts. Put corrections and titles in content/editorial/<id>.yaml,\n' +
        'then run `npm run split -- --force` to replace the edited files. Nothing was written.',
    );
    process.exit(1);
  }
  await applyPlan(plan.write, plan.remove);
  console.log(`${summary}: ${plan.write.length} written, ${plan.remove.length} removed, ${plan.unchanged} unchanged.`);
}

function progressLine(report: ConferenceReport): string {
  const joins = report.joins.map((join) => `${join.line}→${join.resumedOn}`).join(', ');
  return [
    `${report.file}:`,
    `${report.questions} questions,`,
    `${report.joins.length} page-break joins${joins ? ` (lines ${joins})` : ''},`,
    report.continuation ? `continues elsewhere ${report.continuation}` : 'complete',
    report.edited ? '' : '(no editorial file: titles derived)',
  ].join(' ').trim();
}

/** Write every file beside its target first, then move them all into place, so a failure leaves no half-written page. */
async function applyPlan(write: readonly { path: string; text: string }[], remove: readonly string[]): Promise<void> {
  const staged = await Promise.all(
    write.map(async (file) => {
      const target = join(paths.generated, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(`${target}.tmp`, file.text);
      return target;
    }),
  );
  for (const target of staged) await rename(`${target}.tmp`, target);
  for (const path of remove) await rm(join(paths.generated, path));
}

/** Read every file with an extension under a folder, sorted, with `/`-separated paths relative to `base`. */
async function readFolder<Content>(
  folder: string,
  base: string,
  extension: string,
  read: (path: string) => Promise<Content>,
): Promise<SourceFile<Content>[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return Promise.all(files.map(async (path) => ({ path: relative(base, path).split('\\').join('/'), content: await read(path) })));
}
