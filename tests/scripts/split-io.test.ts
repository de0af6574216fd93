import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, makeContentCopy, readTree, removeTemp, run, split, writeFile } from '../helpers/project';
import { deadPid, sleeper, startSplit } from '../helpers/processes';
import { addSmallTranscripts, crashLines, SMALL, splitUnder } from '../helpers/many-transcripts';

// The file-system edge of `tsx scripts/split.ts`, run for real on temporary copies of the project
// (DAWENLU_ROOT): many files under a low descriptor limit, two splits at once, interrupted splits,
// file-system failures, hostile editorial YAML. Each failure must be one line naming the file and
// what to do, exit 1, and leave no page half-written.

const SEED = 'content/transcripts/2024-03-07-wang-yi.txt';
const EDITORIAL = 'content/editorial/2024-03-07-wang-yi.yaml';
const GENERATED = 'content/generated';
const LOCK = `${GENERATED}/.split.lock`;
const TIMEOUT = 600_000;

const temps: string[] = [];
const temp = (root: string) => (temps.push(root), root);
const generatedOf = (root: string) => readTree(join(root, GENERATED));
/** Drop a copy's split cache (copied with it, and valid there: the cache verifies pages by content), so that its split reads every transcript. */
const withoutCache = (root: string) => (rmSync(join(root, 'node_modules/.cache/dawenlu'), { recursive: true, force: true }), root);
const lastLine = (output: string) => output.trimEnd().split('\n').at(-1);
/** How many of the generated files are pages (the rest, such as the script map, are data). */
const pagesOf = (tree: ReadonlyMap<string, unknown>) => [...tree.keys()].filter((path) => path.endsWith('.mdx')).length;

/** A temporary project with the seed and `count` small transcripts, not split yet. */
const manyTranscripts = (count: number) => temp(addSmallTranscripts(makeContentCopy(), count));

/** Resolve once a file under a folder passes a test (looked for between file-system events). */
async function fileAppears(folder: string, test: (path: string) => boolean): Promise<void> {
  for (;;) {
    const entries = existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }) : [];
    if (entries.some(test)) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}



let base: string;
let baseTree: Map<string, Buffer>;

/** A copy of the split project where every page is out of date: a blank line before the seed moves every source line. */
function shiftedCopy(): string {
  const project = temp(copyProject(base));
  writeFile(join(project, SEED), `\n${readFileSync(join(project, SEED), 'utf8')}`);
  return project;
}

beforeAll(async () => {
  base = temp(makeContentCopy());
  const first = await split(base);
  expect(first.status, first.stderr).toBe(0);
  baseTree = generatedOf(base);
}, TIMEOUT);

afterAll(() => {
  for (const root of temps) removeTemp(root);
}, TIMEOUT);

describe('split opens a bounded number of files', () => {
  it('splits 1,000 transcripts (6,000 pages) under `ulimit -n 256`, and checks them too', async () => {
    const project = manyTranscripts(1000);
    const result = await splitUnder('ulimit -n 256', project);
    expect(crashLines(result.stderr)).toEqual([]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const files = generatedOf(project).size;
    expect(files).toBeGreaterThanOrEqual(6030);
    expect(lastLine(result.stdout)).toBe(`1001 conference(s), 2014 question(s), 6030 page(s) in 2 scripts and the script map: ${files} written, 0 removed, 0 unchanged.`);

    const check = await splitUnder('ulimit -n 256', project, '--check');
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  }, TIMEOUT);

  it('names the one bad file among 1,000 transcripts, at its line, and writes nothing', async () => {
    const project = manyTranscripts(1000);
    const bad = 'content/transcripts/2013-03-07-wang-yi-0613.txt';
    writeFile(join(project, bad), SMALL.replace('王毅：', '王毅：\u0007'));
    const result = await splitUnder('ulimit -n 256', project);
    expect(crashLines(result.stderr)).toEqual([]);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toMatch(new RegExp(`^${bad}:\\d+: `));
    expect(result.stderr).toContain('1 problem(s) found; nothing was written.');
    expect(existsSync(join(project, GENERATED))).toBe(false);
  }, TIMEOUT);
});

describe('editorial YAML', () => {
  /** Nine lines that expand to 9^9 (387 million) strings when aliases are followed. */
  const ALIAS_BOMB = [
    'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
    ...'bcdefghi'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[index]}`).join(', ')}]`),
    '',
  ].join('\n');

  it.concurrent.each([
    ['an alias bomb', ALIAS_BOMB, `${EDITORIAL}:2: the YAML aliases (*a and after) expand to too much data`],
    ['invalid YAML', 'topics:\n  "1": 一\n  "2": [二\n', `${EDITORIAL}:4: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`],
  ])('fails on %s at the file and line, writing nothing', async (_name, text, problem) => {
    const project = temp(copyProject(base));
    writeFile(join(project, EDITORIAL), text);
    for (const args of [[], ['--check']]) {
      const result = await split(project, ...args);
      expect(crashLines(result.stderr)).toEqual([]);
      expect(result.status).toBe(1);
      expect(result.stderr.split('\n')[0]).toBe(problem);
      expect(generatedOf(project)).toEqual(baseTree);
    }
  }, TIMEOUT);
});

describe('file-system failures are one line naming the file, and write nothing', () => {
  const expectNothingWritten = (project: string, before: Map<string, Buffer>) => {
    expect(generatedOf(project)).toEqual(before);
  };

  it.concurrent('content/generated is a file', async () => {
    const project = shiftedCopy();
    rmSync(join(project, GENERATED), { recursive: true });
    writeFile(join(project, GENERATED), 'not a folder\n');
    const result = await split(project);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${GENERATED}: a file is where split needs a folder; move or delete the file, then run split again. Nothing was written.\n`);
    expect(readFileSync(join(project, GENERATED), 'utf8')).toBe('not a folder\n');
  }, TIMEOUT);

  it.concurrent('a file stands where the traditional pages go, after the simplified ones were staged', async () => {
    const project = shiftedCopy();
    rmSync(join(project, GENERATED, 'zh-hant'), { recursive: true });
    writeFile(join(project, GENERATED, 'zh-hant'), '');
    const before = generatedOf(project);
    const result = await split(project);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${GENERATED}/zh-hant: a file is where split needs a folder; move or delete the file, then run split again. Nothing was written.\n`);
    expectNothingWritten(project, before);
  }, TIMEOUT);

  it.concurrent('a folder stands where a page goes, after others would be replaced', async () => {
    const project = shiftedCopy();
    const page = `${GENERATED}/zh-hant/2024-03-07-wang-yi/14.mdx`;
    rmSync(join(project, page));
    mkdirSync(join(project, page));
    const before = generatedOf(project);
    const result = await split(project);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${page}: a folder is where split writes a page; move or delete the folder, then run split again. Nothing was written.\n`);
    expectNothingWritten(project, before);
  }, TIMEOUT);

  // A full disk cannot be made here; a file-size limit makes writes fail the same way part of the way
  // through (pages under 3 KB are written, larger ones fail with EFBIG).
  it.concurrent('a write fails part of the way through (`ulimit -f`)', async () => {
    const project = shiftedCopy();
    const before = generatedOf(project);
    const result = await splitUnder(`trap '' XFSZ && ulimit -f 3`, project);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^content\/generated\/zh-han[st]\/2024-03-07-wang-yi\/\w+\.mdx: the file is larger than the system allows \(see `ulimit -f`\); raise the limit, then run split again\. Nothing was written\.\n$/,
    );
    expectNothingWritten(project, before);
  }, TIMEOUT);

  // Root may write anywhere: as root, split runs as `nobody` (setpriv) on a copy that nobody owns.
  const root = process.getuid?.() === 0;
  (root && !existsSync('/usr/bin/setpriv') ? it.skip : it.concurrent)('a folder split may not write to (EACCES), after others were staged', async () => {
    const project = shiftedCopy();
    if (root) expect((await run('chown', ['-R', '65534:65534', project])).status).toBe(0);
    const folder = `${GENERATED}/zh-hant/2024-03-07-wang-yi`;
    chmodSync(join(project, folder), 0o555);
    const before = generatedOf(project);
    const as = root ? 'setpriv --reuid=65534 --regid=65534 --clear-groups ' : '';
    const result = await run('bash', ['-c', `${as}tsx scripts/split.ts`], { env: { DAWENLU_ROOT: project } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^content\/generated\/zh-hant\/2024-03-07-wang-yi\/\w+\.mdx: permission denied; give your user read and write access to it and to its folder, then run split again\. Nothing was written\.\n$/,
    );
    expectNothingWritten(project, before);
  }, TIMEOUT);

  it.concurrent('the transcripts folder is missing', async () => {
    const project = temp(copyProject(base));
    rmSync(join(project, 'content/transcripts'), { recursive: true });
    const result = await split(project);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('content/transcripts: the folder is missing; run split in the project folder (or set DAWENLU_ROOT to it). Nothing was written.\n');
    expect(generatedOf(project)).toEqual(baseTree);
  }, TIMEOUT);
});

describe('two splits at once', () => {
  it('both end cleanly, one after the other, and leave the same pages as a split alone', async () => {
    const shared = manyTranscripts(100);
    const alone = temp(copyProject(shared));
    const [left, right] = await Promise.all([split(shared), split(shared)]);
    for (const result of [left, right]) {
      expect(crashLines(result.stderr)).toEqual([]);
      expect(result.status).toBe(0);
      for (const line of result.stderr.split('\n').filter(Boolean)) {
        expect(line).toMatch(/^content\/generated\/\.split\.lock: another split is running \(pid \d+\); waiting for it to end\.$/);
      }
    }
    const files = generatedOf(shared).size;
    const lasts = [lastLine(left.stdout), lastLine(right.stdout)].sort();
    // The split that waited reads everything again once it holds the lock, and finds it all done. On a busy
    // machine the second may only start its wait once the first is done: then it finds the pages written
    // but read the transcripts before the first saved its cache, so it says nothing of reused conferences.
    expect(lasts[0]).toMatch(new RegExp(`: 0 written, 0 removed, ${files} unchanged(?: \\(101 conferences unchanged since the last split, not read again\\))?\\.$`));
    expect(lasts[1]).toMatch(new RegExp(`: ${files} written, 0 removed, 0 unchanged\\.$`));
    expect((await split(shared, '--check')).status).toBe(0);

    // Deterministic: the same bytes as a split that ran alone.
    expect((await split(alone)).status).toBe(0);
    expect(generatedOf(shared)).toEqual(generatedOf(alone));
  }, TIMEOUT);

  it('take over a lock left by a killed split exactly once', async () => {
    const project = temp(copyProject(base));
    const dead = await deadPid();
    writeFile(join(project, LOCK), `${dead}\n`);
    const results = await Promise.all([split(project), split(project)]);
    const notes = results.flatMap((result) => result.stderr.split('\n').filter(Boolean));
    expect(results.map((result) => result.status)).toEqual([0, 0]);
    expect(notes.filter((line) => line.includes('took over'))).toEqual([`${LOCK}: took over the lock left by split pid ${dead}, which is no longer running.`]);
    expect(existsSync(join(project, LOCK))).toBe(false);
    expect(generatedOf(project)).toEqual(baseTree);
  }, TIMEOUT);

  it('waits while another split holds the lock, then runs', async () => {
    const project = shiftedCopy();
    const holder = sleeper();
    writeFile(join(project, LOCK), `${holder.pid}\n`);
    const before = generatedOf(project);
    const running = startSplit(project);
    await running.printed((_stdout, stderr) => stderr.includes('waiting for it to end'));
    expect(generatedOf(project)).toEqual(before);
    await holder.stop();
    // The holder is gone but its lock stays, as after a crash: the waiting split takes it over.
    const result = await running.output;
    expect(result.status).toBe(0);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      `${LOCK}: another split is running (pid ${holder.pid}); waiting for it to end.`,
      `${LOCK}: took over the lock left by split pid ${holder.pid}, which is no longer running.`,
    ]);
    expect(lastLine(result.stdout)).toMatch(new RegExp(`: ${pagesOf(baseTree)} written, 0 removed, ${baseTree.size - pagesOf(baseTree)} unchanged\\.$`));
  }, TIMEOUT);
});

describe('interrupted splits', () => {
  const staging = (path: string) => /\.tmp$/.test(path);
  /** What a split must not leave behind: staging files or its lock. */
  const leftBehind = (path: string) => staging(path) || path === '.split.lock';

  it('a split killed while writing leaves leftovers that --check reports and the next split removes', async () => {
    const project = manyTranscripts(300);
    const running = startSplit(project);
    // The lock names the process that runs split (tsx runs the script in a child process of its own);
    // it is taken before the first page is staged.
    await fileAppears(join(project, GENERATED), (path) => path === '.split.lock' && readFileSync(join(project, LOCK), 'utf8').endsWith('\n'));
    const pid = Number.parseInt(readFileSync(join(project, LOCK), 'utf8'), 10);
    await fileAppears(join(project, GENERATED), staging);
    process.kill(pid, 'SIGKILL');
    await running.output;
    const leftovers = [...generatedOf(project).keys()].filter(staging);
    expect(leftovers.length).toBeGreaterThan(0);

    const check = await split(project, '--check');
    expect(check.status).toBe(1);
    for (const path of leftovers) expect(check.stderr).toContain(`left by an interrupted split: ${GENERATED}/${path}\n`);

    const again = await split(project);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/^content\/generated\/\.split\.lock: took over the lock left by split pid \d+, which is no longer running\.\n$/);
    expect(again.stdout).toContain(`content/generated/: removed ${leftovers.length} staging file(s) left by an interrupted split.\n`);
    expect([...generatedOf(project).keys()].filter(leftBehind)).toEqual([]);
    expect((await split(project, '--check')).status).toBe(0);
  }, TIMEOUT);

  it('a split stopped by a signal removes its staging files and its lock', async () => {
    const project = manyTranscripts(300);
    const running = startSplit(project);
    await fileAppears(join(project, GENERATED), staging);
    running.child.kill('SIGTERM');
    const result = await running.output;
    expect(result.status).toBe(143);
    expect([...generatedOf(project).keys()].filter(leftBehind)).toEqual([]);
  }, TIMEOUT);

  describe.each([
    ['as older splits named them', 'zh-hans/2024-03-07-wang-yi/01.mdx.tmp'],
    ['as splits name them now', 'zh-hant/2024-03-07-wang-yi/.02.mdx.4242.tmp'],
  ])('a staging file %s', (_name, leftover) => {
    it('makes --check fail, naming it, and writing nothing', async () => {
      const project = temp(copyProject(base));
      writeFile(join(project, GENERATED, leftover), 'half a page');
      const before = generatedOf(project);
      const check = await split(project, '--check');
      expect(check.status).toBe(1);
      expect(check.stderr).toBe(
        `left by an interrupted split: ${GENERATED}/${leftover}\n` +
          'content/generated/ does not match the transcripts. Run `npm run split` and commit the result.\n',
      );
      expect(generatedOf(project)).toEqual(before);
    }, TIMEOUT);

    it('is removed by the next split', async () => {
      const project = withoutCache(temp(copyProject(base)));
      writeFile(join(project, GENERATED, leftover), 'half a page');
      const result = await split(project);
      expect(result.status).toBe(0);
      expect(result.stdout.split('\n').slice(-3)).toEqual([
        'content/generated/: removed 1 staging file(s) left by an interrupted split.',
        `1 conference(s), 14 question(s), 30 page(s) in 2 scripts and the script map: 0 written, 0 removed, ${baseTree.size} unchanged.`,
        '',
      ]);
      expect(generatedOf(project)).toEqual(baseTree);
    }, TIMEOUT);
  });
});

describe('--check writes nothing', () => {
  /** Modification times of a folder and every folder in it: a file created and removed again changes them. */
  const folderTimes = (folder: string) =>
    [folder, ...readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((entry) => join(folder, entry))]
      .filter((path) => statSync(path).isDirectory())
      .map((path) => [path, statSync(path, { bigint: true }).mtimeNs]);

  it('not even a lock, a folder or a staging file', async () => {
    const project = shiftedCopy();
    writeFile(join(project, LOCK), `${await deadPid()}\n`);
    const tree = generatedOf(project);
    const times = folderTimes(join(project, GENERATED));
    const check = await split(project, '--check');
    expect(check.status).toBe(1);
    expect(generatedOf(project)).toEqual(tree);
    expect(folderTimes(join(project, GENERATED))).toEqual(times);
  }, TIMEOUT);

  it('and makes no content/generated/ where there is none', async () => {
    const project = temp(makeContentCopy());
    expect((await split(project, '--check')).status).toBe(1);
    expect(existsSync(join(project, GENERATED))).toBe(false);
  }, TIMEOUT);
});

describe('split writes in sorted order', () => {
  it('moves the pages into place one by one in path order', async () => {
    const project = manyTranscripts(100);
    expect((await split(project)).status).toBe(0);
    const folder = join(project, GENERATED);
    const changed = [...generatedOf(project).keys()].map((path) => [path, statSync(join(folder, path), { bigint: true }).ctimeNs] as const);
    // Equal times (a coarse clock) may come in any order; a later time must never come before an earlier one.
    for (let index = 1; index < changed.length; index++) {
      expect(changed[index]![1] >= changed[index - 1]![1], `${changed[index]![0]} after ${changed[index - 1]![0]}`).toBe(true);
    }
    expect(pagesOf(new Map(changed))).toBe(630);
  }, TIMEOUT);
});

describe('transcript file names', () => {
  it('a decomposed accent is named as such, not as a missing date', async () => {
    const project = temp(copyProject(base));
    writeFile(join(project, 'content/transcripts/2024-03-07-cafe\u0301.txt'), SMALL);
    const result = await split(project);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(
      'content/transcripts/2024-03-07-cafe\u0301.txt:1: the file name "2024-03-07-cafe\u0301.txt" holds a combining accent (decomposed Unicode)',
    );
    expect(generatedOf(project)).toEqual(baseTree);
  }, TIMEOUT);
});
