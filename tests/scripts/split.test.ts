import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEFING, lines } from '../helpers/transcript';
import { sleeper, startSplit } from '../helpers/processes';
import { PROJECT, copyProject, makeContentCopy, makeProjectCopy, readTree, removeTemp, run, split, writeFile, type Run } from '../helpers/project';

// Every test runs the real CLI (tsx scripts/split.ts, from the real project) on a temporary copy of
// the project named by DAWENLU_ROOT. `npm test` checks the real project's MDX (split --check) itself.

const SEED = 'content/transcripts/2024-03-07-wang-yi.txt';
const BRIEFING_PATH = 'content/transcripts/2024-05-01-wang-wenbin.txt';
const GENERATED = 'content/generated';
// Generous: each run starts tsx, and the machine may be busy with builds.
const TIMEOUT = 180_000;

const temps: string[] = [];
const temp = (root: string) => (temps.push(root), root);
const generatedOf = (root: string) => readTree(join(root, GENERATED));
/** Drop a copy's split cache (copied with it, and valid there: the cache verifies pages by content), so that its split reads every transcript. */
const withoutCache = (root: string) => (rmSync(join(root, 'node_modules/.cache/dawenlu'), { recursive: true, force: true }), root);
const paths = (tree: Map<string, Buffer>) => [...tree.keys()];
/** A copy of a project with one file changed by a text replacement that must apply. */
const edit = (root: string, path: string, from: string, to: string) => {
  const file = join(root, path);
  const text = readFileSync(file, 'utf8');
  expect(text, `${path} holds ${from}`).toContain(from);
  writeFile(file, text.replace(from, to));
};

let base: string;
let first: Run;
let baseTree: Map<string, Buffer>;

beforeAll(async () => {
  base = temp(makeContentCopy());
  writeFile(join(base, BRIEFING_PATH), BRIEFING);
  first = await split(base);
  baseTree = generatedOf(base);
}, TIMEOUT);

afterAll(() => {
  for (const root of temps) removeTemp(root);
});

/** Edit a generated page by hand without changing its size, and put its modification time back. */
async function editKeepingSizeAndTime(project: string): Promise<void> {
  const page = join(project, GENERATED, 'zh-hans/2024-05-01-wang-wenbin/01.mdx');
  const times = join(project, 'times');
  expect((await run('touch', ['-r', page, times])).status).toBe(0);
  edit(project, `${GENERATED}/zh-hans/2024-05-01-wang-wenbin/01.mdx`, '中方的立场是一贯的。', '中方的立场是一致的。');
  expect((await run('touch', ['-r', times, page])).status).toBe(0);
}

describe('split', () => {
  it('reports each conference and a summary', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatchInlineSnapshot(`
      "content/transcripts/2024-03-07-wang-yi.txt: 14 questions, 6 page-break joins (lines 31→33, 57→59, 63→65, 85→87, 119→121, 155→157), continues elsewhere (下转第四版)
      content/transcripts/2024-05-01-wang-wenbin.txt: 3 questions, 0 page-break joins, complete (no editorial file: titles derived)
      2 conference(s), 17 question(s), 38 page(s) in 2 scripts and the script map: 39 written, 0 removed, 0 unchanged.
      "
    `);
  });

  it('writes a conference page and one page per question, in both scripts, the script map, and nothing else', () => {
    const expected = ['script-map.yaml', ...['zh-hans', 'zh-hant'].flatMap((script) => [
      ...['index', ...Array.from({ length: 14 }, (_, index) => String(index + 1).padStart(2, '0'))].map((name) => `${script}/2024-03-07-wang-yi/${name}.mdx`),
      ...['index', '01', '02', '03'].map((name) => `${script}/2024-05-01-wang-wenbin/${name}.mdx`),
    ])];
    expect(paths(baseTree).sort()).toEqual(expected.sort());
  });

  it('writes the same MDX as the committed content/generated/ for the real transcript', () => {
    const committed = readTree(join(PROJECT, GENERATED));
    const seedPages = [...baseTree].filter(([path]) => path.includes('/2024-03-07-wang-yi/'));
    expect(seedPages).toHaveLength(30);
    for (const [path, bytes] of seedPages) expect(bytes.toString('utf8'), path).toBe(committed.get(path)?.toString('utf8'));
  });

  it('gives a byte-identical tree when run twice', async () => {
    const again = withoutCache(temp(copyProject(base)));
    const second = await split(again);
    expect(second.status).toBe(0);
    expect(second.stdout.split('\n').at(-2)).toBe('2 conference(s), 17 question(s), 38 page(s) in 2 scripts and the script map: 0 written, 0 removed, 39 unchanged.');
    expect(generatedOf(again)).toEqual(baseTree);
  }, TIMEOUT);

  it('gives the same tree from a fresh copy', async () => {
    const fresh = temp(makeContentCopy());
    writeFile(join(fresh, BRIEFING_PATH), BRIEFING);
    expect((await split(fresh)).status).toBe(0);
    expect(generatedOf(fresh)).toEqual(baseTree);
  }, TIMEOUT);

  describe('--check', () => {
    it('passes after a split', async () => {
      const check = await split(base, '--check');
      expect(check.status).toBe(0);
      expect(check.stderr).toBe('');
      expect(check.stdout.split('\n').at(-2)).toBe('2 conference(s), 17 question(s), 38 page(s) in 2 scripts and the script map: content/generated/ is up to date.');
      expect(generatedOf(base)).toEqual(baseTree);
    }, TIMEOUT);

    it('fails after a transcript changes, naming the files, and writes nothing', async () => {
      const changed = temp(copyProject(base));
      edit(changed, SEED, '俄罗斯天然气进入中国千家万户', '俄罗斯天然气进入中国万户千家');
      const check = await split(changed, '--check');
      expect(check.status).toBe(1);
      expect(check.stderr).toMatchInlineSnapshot(`
        "out of date: content/generated/zh-hans/2024-03-07-wang-yi/02.mdx
        out of date: content/generated/zh-hant/2024-03-07-wang-yi/02.mdx
        content/generated/ does not match the transcripts. Run \`npm run split\` and commit the result.
        "
      `);
      expect(generatedOf(changed)).toEqual(baseTree);
    }, TIMEOUT);

    it('fails when a transcript is gone, naming the pages no longer produced', async () => {
      const removed = temp(copyProject(base));
      rmSync(join(removed, BRIEFING_PATH));
      const check = await split(removed, '--check');
      expect(check.status).toBe(1);
      expect(check.stderr.split('\n').filter((line) => line.startsWith('no longer produced:'))).toEqual(
        paths(baseTree).filter((path) => path.includes('2024-05-01-wang-wenbin')).sort().map((path) => `no longer produced: content/generated/${path}`),
      );
    }, TIMEOUT);

    it('fails when nothing was generated yet', async () => {
      const fresh = temp(makeContentCopy());
      const check = await split(fresh, '--check');
      expect(check.status).toBe(1);
      const seedFiles = paths(baseTree).filter((path) => path.includes('/2024-03-07-wang-yi/') || path === 'script-map.yaml');
      expect(seedFiles).toHaveLength(31);
      expect(check.stderr.split('\n').filter((line) => line.startsWith('out of date:')).sort()).toEqual(seedFiles.map((path) => `out of date: content/generated/${path}`).sort());
      expect(generatedOf(fresh).size).toBe(0);
    }, TIMEOUT);
  });

  describe('hand-edited generated files', () => {
    const EDITED = 'zh-hans/2024-03-07-wang-yi/03.mdx';
    let project: string;
    let refused: Run;
    let editedTree: Map<string, Buffer>;

    beforeAll(async () => {
      project = withoutCache(temp(copyProject(base)));
      edit(project, `${GENERATED}/${EDITED}`, '构建人类命运共同体', '构建人类命运共同体（编者按）');
      // Also change a transcript, so that a split would have other files to write.
      edit(project, SEED, '俄罗斯天然气进入中国千家万户', '俄罗斯天然气进入中国万户千家');
      editedTree = generatedOf(project);
      refused = await split(project);
    }, TIMEOUT);

    it('make a plain split fail with a clear message', () => {
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatchInlineSnapshot(`
        "content/generated/zh-hans/2024-03-07-wang-yi/03.mdx: edited by hand since it was generated
        Generated files are rebuilt from the transcripts. Put corrections and titles in content/editorial/<id>.yaml,
        then run \`npm run split -- --force\` to replace the edited files. Nothing was written.
        "
      `);
    });

    it('make a plain split write nothing, not even the other out-of-date files', () => {
      expect(generatedOf(project)).toEqual(editedTree);
      expect(editedTree.get('zh-hans/2024-03-07-wang-yi/02.mdx')).toEqual(baseTree.get('zh-hans/2024-03-07-wang-yi/02.mdx'));
    });

    it('are overwritten with --force, together with everything else out of date', async () => {
      const forced = await split(project, '--force');
      expect(forced.status).toBe(0);
      expect(forced.stdout.split('\n').at(-2)).toBe('2 conference(s), 17 question(s), 38 page(s) in 2 scripts and the script map: 3 written, 0 removed, 36 unchanged.');
      const after = generatedOf(project);
      expect(after.get(EDITED)).toEqual(baseTree.get(EDITED));
      expect(after.get('zh-hans/2024-03-07-wang-yi/02.mdx')?.toString('utf8')).toContain('俄罗斯天然气进入中国万户千家');
      expect(after.get('zh-hant/2024-03-07-wang-yi/02.mdx')?.toString('utf8')).toContain('俄羅斯天然氣進入中國萬戶千家');
      expect((await split(project, '--check')).status).toBe(0);
    }, TIMEOUT);
  });

  it('removes the pages of a transcript that is gone', async () => {
    const project = withoutCache(temp(copyProject(base)));
    rmSync(join(project, BRIEFING_PATH));
    const result = await split(project);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').at(-2)).toBe('1 conference(s), 14 question(s), 30 page(s) in 2 scripts and the script map: 0 written, 8 removed, 31 unchanged.');
    expect(paths(generatedOf(project)).filter((path) => path.endsWith('.mdx')).every((path) => path.includes('/2024-03-07-wang-yi/'))).toBe(true);
  }, TIMEOUT);

  // One official per conference is no longer required, nor a dateline: each answer keeps its own speaker.
  it('splits a conference with no dateline answered by two officials, each answer under its speaker', async () => {
    const project = withoutCache(temp(copyProject(base)));
    const file = 'content/transcripts/2024-05-02-two-officials.txt';
    writeFile(join(project, file), lines('外交部发言人例行记者会', '', '甲报记者：第一问？', '', '汪文斌：第一答。', '', '乙社记者：第二问？', '', '毛宁：第二答。'));
    const result = await split(project);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`\n${file}: 2 questions, 0 page-break joins, complete (no editorial file: titles derived)\n`);
    const tree = generatedOf(project);
    const text = (path: string) => tree.get(path)?.toString('utf8') ?? '';
    expect(paths(tree).filter((path) => path.includes('/2024-05-02-two-officials/')).sort()).toEqual(
      ['zh-hans', 'zh-hant'].flatMap((script) => ['01', '02', 'index'].map((name) => `${script}/2024-05-02-two-officials/${name}.mdx`)),
    );
    expect(text('zh-hans/2024-05-02-two-officials/index.mdx')).toContain('\ndateline: null\nofficials:\n  - "汪文斌"\n  - "毛宁"\n');
    expect(text('zh-hans/2024-05-02-two-officials/01.mdx')).toContain('\nanswerers:\n  - "汪文斌"\n');
    expect(text('zh-hans/2024-05-02-two-officials/01.mdx')).toContain('<Turn role="answer" speaker={"汪文斌"}>');
    expect(text('zh-hans/2024-05-02-two-officials/02.mdx')).toContain('\nanswerers:\n  - "毛宁"\n');
    expect(text('zh-hans/2024-05-02-two-officials/02.mdx')).toContain('<Turn role="answer" speaker={"毛宁"}>');
    expect(text('zh-hant/2024-05-02-two-officials/02.mdx')).toContain('<Turn role="answer" speaker={"毛寧"}>');
    for (const [path, bytes] of baseTree) if (path.endsWith('.mdx')) expect(tree.get(path), path).toEqual(bytes);
  }, TIMEOUT);

  it('refuses to remove a hand-edited page of a transcript that is gone', async () => {
    const project = temp(copyProject(base));
    edit(project, `${GENERATED}/zh-hant/2024-05-01-wang-wenbin/01.mdx`, '中方的立場是一貫的。', '中方立場一貫。');
    rmSync(join(project, BRIEFING_PATH));
    const before = generatedOf(project);
    const result = await split(project);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe('content/generated/zh-hant/2024-05-01-wang-wenbin/01.mdx: edited by hand since it was generated');
    expect(generatedOf(project)).toEqual(before);
  }, TIMEOUT);
});

// The cache (node_modules/.cache/dawenlu/split.json of the project split) lets a split leave alone the
// conferences whose transcript, editorial file and code are unchanged and whose pages are as it left them.
// The cache verifies pages by content, so a copy of a split project starts with a usable cache; each
// test splits its copy once more all the same.
describe('the split cache', () => {
  const CACHE = 'node_modules/.cache/dawenlu/split.json';
  const NEW_PATH = 'content/transcripts/2024-05-03-mao-ning.txt';
  /** A short briefing of two questions, in the layout of the others. */
  const NEW_BRIEFING = lines(
    '外交部发言人毛宁主持例行记者会',
    '',
    '新华社北京5月3日电 外交部发言人毛宁5月3日主持例行记者会。',
    '',
    '丙报记者：中方如何看待两国经贸关系的发展前景？',
    '',
    '毛宁：两国经贸合作互利共赢，发展前景广阔。',
    '',
    '丁社记者：能否介绍这次访问的具体安排？',
    '',
    '毛宁：有关消息我们会适时发布，请保持关注。',
  );
  const SUMMARY = '2 conference(s), 17 question(s), 38 page(s) in 2 scripts and the script map';
  const briefingPages = (tree: Map<string, Buffer>) => paths(tree).filter((path) => path.includes('/2024-05-01-wang-wenbin/'));
  const seedPages = (tree: Map<string, Buffer>) => [...tree].filter(([path]) => path.includes('/2024-03-07-wang-yi/'));
  const stdoutLines = (result: Run) => result.stdout.split('\n').slice(0, -1);

  /** A copy of the split project, split once more so that its cache knows its pages. */
  async function primed(): Promise<string> {
    const project = temp(copyProject(base));
    const prime = await split(project);
    expect(prime.stderr).toBe('');
    expect(prime.status).toBe(0);
    // The cache verifies pages by content, so the copied cache serves the copied pages.
    expect(stdoutLines(prime).at(-1)).toBe(`${SUMMARY}: 0 written, 0 removed, 39 unchanged (2 conferences unchanged since the last split, not read again).`);
    return project;
  }

  /** The tree a split gives from no cache and no generated files, with the transcripts and editorial files of a project. */
  async function freshTreeOf(root: string): Promise<Map<string, Buffer>> {
    const fresh = temp(copyProject(root));
    rmSync(join(fresh, GENERATED), { recursive: true, force: true });
    rmSync(join(fresh, 'node_modules'), { recursive: true, force: true });
    const result = await split(fresh);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('since the last split');
    return generatedOf(fresh);
  }

  it('reuses every conference in a second split: no progress line, nothing written, the same tree', async () => {
    const project = await primed();
    for (let run = 0; run < 2; run++) {
      const again = await split(project);
      expect(again.stderr).toBe('');
      expect(again.status).toBe(0);
      // No progress line: no conference was built.
      expect(stdoutLines(again)).toEqual([`${SUMMARY}: 0 written, 0 removed, 39 unchanged (2 conferences unchanged since the last split, not read again).`]);
      expect(generatedOf(project)).toEqual(baseTree);
    }
    const check = await split(project, '--check');
    expect(check.status).toBe(0);
    expect(check.stdout).not.toContain('since the last split');
  }, TIMEOUT);

  it('builds only a new transcript, and gives the same tree as a split with no cache', async () => {
    const project = await primed();
    writeFile(join(project, NEW_PATH), NEW_BRIEFING);
    const result = await split(project);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const tree = generatedOf(project);
    const newPages = paths(tree).filter((path) => path.includes('/2024-05-03-mao-ning/'));
    expect(newPages.sort()).toEqual(['zh-hans', 'zh-hant'].flatMap((script) => ['01', '02', 'index'].map((name) => `${script}/2024-05-03-mao-ning/${name}.mdx`)));
    // The new pages and the script map (the new transcript brings new characters) are written.
    expect(tree.get('script-map.yaml')).not.toEqual(baseTree.get('script-map.yaml'));
    expect(stdoutLines(result)).toEqual([
      `${NEW_PATH}: 2 questions, 0 page-break joins, complete (no editorial file: titles derived)`,
      '3 conference(s), 19 question(s), 44 page(s) in 2 scripts and the script map: 7 written, 0 removed, 38 unchanged (2 conferences unchanged since the last split, not read again).',
    ]);
    for (const [path, bytes] of baseTree) if (path.endsWith('.mdx')) expect(tree.get(path), path).toEqual(bytes);
    expect(tree).toEqual(await freshTreeOf(project));

    // The next split reuses the new conference too.
    const again = await split(project);
    expect(stdoutLines(again)).toEqual([
      '3 conference(s), 19 question(s), 44 page(s) in 2 scripts and the script map: 0 written, 0 removed, 45 unchanged (3 conferences unchanged since the last split, not read again).',
    ]);
    expect(generatedOf(project)).toEqual(tree);
  }, TIMEOUT);

  it('builds again a transcript edited in place, and reuses the others', async () => {
    const project = await primed();
    edit(project, BRIEFING_PATH, '中方的立场是一贯的。', '中方的立场是一贯的、明确的。');
    const result = await split(project);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(stdoutLines(result)).toEqual([
      `${BRIEFING_PATH}: 3 questions, 0 page-break joins, complete (no editorial file: titles derived)`,
      `${SUMMARY}: 2 written, 0 removed, 37 unchanged (1 conference unchanged since the last split, not read again).`,
    ]);
    const tree = generatedOf(project);
    expect(tree.get('zh-hans/2024-05-01-wang-wenbin/01.mdx')?.toString('utf8')).toContain('中方的立场是一贯的、明确的。');
    expect(tree.get('zh-hant/2024-05-01-wang-wenbin/01.mdx')?.toString('utf8')).toContain('中方的立場是一貫的、明確的。');
    expect(briefingPages(tree).filter((path) => !tree.get(path)?.equals(baseTree.get(path) ?? Buffer.alloc(0))).sort()).toEqual([
      'zh-hans/2024-05-01-wang-wenbin/01.mdx',
      'zh-hant/2024-05-01-wang-wenbin/01.mdx',
    ]);
    expect(seedPages(tree)).toEqual(seedPages(baseTree));
    expect(tree).toEqual(await freshTreeOf(project));
  }, TIMEOUT);

  it('builds again a conference whose editorial file changed, and reuses the others', async () => {
    const project = await primed();
    edit(project, 'content/editorial/2024-03-07-wang-yi.yaml', '"14": 人工智能全球治理', '"14": 人工智能的全球治理');
    const result = await split(project);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(stdoutLines(result)).toHaveLength(2);
    expect(stdoutLines(result)[0]).toMatch(/^content\/transcripts\/2024-03-07-wang-yi\.txt: 14 questions, /);
    expect(stdoutLines(result)[1]).toBe(`${SUMMARY}: 2 written, 0 removed, 37 unchanged (1 conference unchanged since the last split, not read again).`);
    const tree = generatedOf(project);
    expect(tree.get('zh-hans/2024-03-07-wang-yi/14.mdx')?.toString('utf8')).toContain('人工智能的全球治理');
    for (const path of briefingPages(baseTree)) expect(tree.get(path), path).toEqual(baseTree.get(path));
    expect(tree).toEqual(await freshTreeOf(project));
  }, TIMEOUT);

  // Both edits leave the transcripts as they were: only the page's modification time (and, for one, its
  // size) tells the cache that the page is no longer as the split left it.
  it.each([
    ['that changes its size', '中方的立場是一貫的。', '中方的立場是一貫的（編者按）。'],
    ['that keeps its size', '中方的立場是一貫的。', '中方的立場是一致的。'],
  ])('still catches a generated page edited by hand %s after a cached split', async (_name, from, to) => {
    const project = await primed();
    const page = 'zh-hant/2024-05-01-wang-wenbin/01.mdx';
    edit(project, `${GENERATED}/${page}`, from, to);
    const edited = generatedOf(project);
    expect(edited.get(page)?.length === baseTree.get(page)?.length).toBe(from.length === to.length);
    for (let attempt = 0; attempt < 2; attempt++) {
      const refused = await split(project);
      expect(refused.status).toBe(1);
      expect(refused.stderr.split('\n')[0]).toBe(`${GENERATED}/${page}: edited by hand since it was generated`);
      expect(refused.stderr).toContain('Nothing was written.');
      expect(generatedOf(project)).toEqual(edited);
    }
    const forced = await split(project, '--force');
    expect(forced.status).toBe(0);
    expect(stdoutLines(forced).at(-1)).toBe(`${SUMMARY}: 1 written, 0 removed, 38 unchanged (1 conference unchanged since the last split, not read again).`);
    expect(generatedOf(project)).toEqual(baseTree);
  }, TIMEOUT);

  it.each([
    ['a page of a conference', ['zh-hans/2024-03-07-wang-yi/05.mdx'], 1],
    ['every page of a conference', ['zh-hans/2024-05-01-wang-wenbin', 'zh-hant/2024-05-01-wang-wenbin'], 1],
    ['the whole folder', [''], 0],
  ])('writes again %s deleted after a cached split', async (_name, deleted, unchanged) => {
    const project = await primed();
    for (const path of deleted) rmSync(join(project, GENERATED, path), { recursive: true });
    const missing = baseTree.size - generatedOf(project).size;
    const result = await split(project);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const kept = unchanged > 0 ? ` (${unchanged} conference unchanged since the last split, not read again)` : '';
    expect(stdoutLines(result).at(-1)).toBe(`${SUMMARY}: ${missing} written, 0 removed, ${39 - missing} unchanged${kept}.`);
    // A conference with a page gone is read again: its progress line is printed.
    expect(stdoutLines(result)).toHaveLength(3 - unchanged);
    expect(generatedOf(project)).toEqual(baseTree);
  }, TIMEOUT);

  // The split decides which conferences it reuses before it waits for the lock: a page edited while it
  // waits is left as it is, but the cache must not take the edit for the split's own page.
  it('catches a page edited by hand while the split waited for the lock: it reads everything again once it holds it', async () => {
    const project = await primed();
    const page = 'zh-hans/2024-03-07-wang-yi/03.mdx';
    const holder = sleeper();
    writeFile(join(project, GENERATED, '.split.lock'), `${holder.pid}\n`);
    const running = startSplit(project);
    await running.printed((_stdout, stderr) => stderr.includes('waiting for it to end'));
    edit(project, `${GENERATED}/${page}`, '构建人类命运共同体', '构建人类命运共同体（编者按）');
    const edited = generatedOf(project);
    edited.delete('.split.lock');
    await holder.stop();
    const waited = await running.output;
    expect(waited.status).toBe(1);
    expect(waited.stderr.split('\n')).toContain(`${GENERATED}/${page}: edited by hand since it was generated`);
    expect(generatedOf(project)).toEqual(edited);
  }, TIMEOUT);

  it('a cached split catches a same-size edit whose modification time was put back: the cache verifies content', async () => {
    const project = await primed();
    await editKeepingSizeAndTime(project);
    const refused = await split(project);
    expect(refused.status).toBe(1);
    expect(refused.stderr.split('\n')[0]).toBe(`${GENERATED}/zh-hans/2024-05-01-wang-wenbin/01.mdx: edited by hand since it was generated`);
  }, TIMEOUT);

  it('a cache entry holding garbage that passes the schema is not trusted: the conference is built again', async () => {
    const project = await primed();
    const cacheFile = join(project, CACHE);
    writeFile(cacheFile, readFileSync(cacheFile, 'utf8').replace('"questions":14', '"questions":13'));
    const result = await split(project);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(stdoutLines(result)).toHaveLength(2);
    expect(stdoutLines(result)[0]).toMatch(/^content\/transcripts\/2024-03-07-wang-yi\.txt: 14 questions, /);
    expect(generatedOf(project)).toEqual(baseTree);
    expect(readFileSync(cacheFile, 'utf8')).toContain('"questions":14');
  }, TIMEOUT);

  it('--check never uses the cache: it catches a same-size edit whose modification time was put back', async () => {
    const project = await primed();
    await editKeepingSizeAndTime(project);
    const check = await split(project, '--check');
    expect(check.status).toBe(1);
    expect(check.stderr.split('\n')[0]).toBe(`out of date: ${GENERATED}/zh-hans/2024-05-01-wang-wenbin/01.mdx`);
  }, TIMEOUT);

  it.each([
    ['garbage', () => 'not a cache \u0000\u00ff{['],
    ['a cache of another format', (cached: string) => cached.replace('"format":3', '"format":0')],
    ['a truncated cache', (cached: string) => cached.slice(0, Math.floor(cached.length / 2))],
  ])('a corrupt cache (%s) gives a full, correct split, silently', async (_name, corrupt) => {
    const project = await primed();
    const cacheFile = join(project, CACHE);
    const cached = readFileSync(cacheFile, 'utf8');
    expect(cached).toContain('"format":3');
    writeFile(cacheFile, corrupt(cached));
    // A changed transcript too, so that the split has something to write.
    edit(project, SEED, '俄罗斯天然气进入中国千家万户', '俄罗斯天然气进入中国万户千家');
    const result = await split(project);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // Every conference was read again.
    expect(stdoutLines(result)).toHaveLength(3);
    expect(stdoutLines(result)[2]).toBe(`${SUMMARY}: 2 written, 0 removed, 37 unchanged.`);
    const tree = generatedOf(project);
    expect(tree.get('zh-hans/2024-03-07-wang-yi/02.mdx')?.toString('utf8')).toContain('俄罗斯天然气进入中国万户千家');
    expect(tree).toEqual(await freshTreeOf(project));
    // The cache is written anew, and used.
    const again = await split(project);
    expect(stdoutLines(again)).toEqual([`${SUMMARY}: 0 written, 0 removed, 39 unchanged (2 conferences unchanged since the last split, not read again).`]);
  }, TIMEOUT);

  it('a cache that cannot be written is one line on stderr, and the split succeeds', async () => {
    const project = temp(copyProject(base));
    rmSync(join(project, 'node_modules'), { recursive: true, force: true });
    mkdirSync(join(project, CACHE), { recursive: true });
    const result = await split(project);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^node_modules\/\.cache\/dawenlu\/split\.json: not written \(.+\); the next split will build every conference again\.\n$/);
    expect(stdoutLines(result).at(-1)).toBe(`${SUMMARY}: 0 written, 0 removed, 39 unchanged.`);
    expect(generatedOf(project)).toEqual(baseTree);
  }, TIMEOUT);

  it('still fails on a new transcript with the id of a reused conference, writing nothing', async () => {
    const project = await primed();
    const cache = readFileSync(join(project, CACHE));
    writeFile(join(project, 'content/transcripts/2024-03-07-Wang_Yi.txt'), readFileSync(join(PROJECT, SEED)));
    const result = await split(project);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(
      'content/transcripts/2024-03-07-wang-yi.txt:1: the conference id "2024-03-07-wang-yi" is also the id of content/transcripts/2024-03-07-Wang_Yi.txt',
    );
    expect(result.stdout).toBe('');
    expect(generatedOf(project)).toEqual(baseTree);
    expect(readFileSync(join(project, CACHE))).toEqual(cache);
  }, TIMEOUT);

  // The cache is keyed by the code of the checkout that runs the split: here a copy of the project
  // splits itself, and its code is changed between two splits.
  it.each([
    ['its library code', 'src/shared/text.ts', '\n// A comment changes the code digest.\n'],
    ['its package lock', 'package-lock.json', '\n'],
  ])('builds every conference again when the split changes %s', async (_name, file, addition) => {
    const project = temp(makeProjectCopy());
    copyFileSync(join(PROJECT, 'package-lock.json'), join(project, 'package-lock.json'));
    writeFile(join(project, BRIEFING_PATH), BRIEFING);
    const ownSplit = () => run('tsx', ['scripts/split.ts'], { cwd: project, env: { DAWENLU_ROOT: undefined } });
    expect((await ownSplit()).status).toBe(0);
    const cachedRun = await ownSplit();
    expect(stdoutLines(cachedRun)).toEqual([`${SUMMARY}: 0 written, 0 removed, 39 unchanged (2 conferences unchanged since the last split, not read again).`]);
    appendFileSync(join(project, file), addition);
    const result = await ownSplit();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(stdoutLines(result)).toHaveLength(3);
    expect(stdoutLines(result)[2]).toBe(`${SUMMARY}: 0 written, 0 removed, 39 unchanged.`);
    expect(generatedOf(project)).toEqual(baseTree);
  }, TIMEOUT);

  it.each([
    ['the browser code', 'src/browser/page.ts'],
    ['a site view', 'src/site/views/QuestionPage.astro'],
    ['the search index build', 'src/search-index/index-rules.ts'],
  ])('reuses every conference when only %s changes', async (_name, file) => {
    const project = temp(makeProjectCopy());
    copyFileSync(join(PROJECT, 'package-lock.json'), join(project, 'package-lock.json'));
    writeFile(join(project, BRIEFING_PATH), BRIEFING);
    const ownSplit = () => run('tsx', ['scripts/split.ts'], { cwd: project, env: { DAWENLU_ROOT: undefined } });
    expect((await ownSplit()).status).toBe(0);
    appendFileSync(join(project, file), '\n// Not the split\'s code.\n');
    expect(stdoutLines(await ownSplit())).toEqual([`${SUMMARY}: 0 written, 0 removed, 39 unchanged (2 conferences unchanged since the last split, not read again).`]);
  }, TIMEOUT);

  it('removes the pages of a transcript that is gone, and reuses the others', async () => {
    const project = await primed();
    rmSync(join(project, BRIEFING_PATH));
    const result = await split(project);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(stdoutLines(result)).toEqual([
      '1 conference(s), 14 question(s), 30 page(s) in 2 scripts and the script map: 0 written, 8 removed, 31 unchanged (1 conference unchanged since the last split, not read again).',
    ]);
    const tree = generatedOf(project);
    expect(briefingPages(tree)).toEqual([]);
    expect(tree).toEqual(new Map([...baseTree].filter(([path]) => !path.includes('/2024-05-01-wang-wenbin/'))));
    expect(tree).toEqual(await freshTreeOf(project));

    // Put back, it is built again.
    writeFile(join(project, BRIEFING_PATH), BRIEFING);
    const back = await split(project);
    expect(stdoutLines(back)).toEqual([
      `${BRIEFING_PATH}: 3 questions, 0 page-break joins, complete (no editorial file: titles derived)`,
      `${SUMMARY}: 8 written, 0 removed, 31 unchanged (1 conference unchanged since the last split, not read again).`,
    ]);
    expect(generatedOf(project)).toEqual(baseTree);
  }, TIMEOUT);
});

/** "中文记者" in GBK: a transcript saved in the wrong encoding. */
const GBK = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xbc, 0xc7, 0xd5, 0xdf]);
const encode = (text: string) => new TextEncoder().encode(text);

const BAD_INPUTS: [name: string, files: Record<string, string | Uint8Array>, problem: string, hint?: string][] = [
  ['an empty file', { 'content/transcripts/2024-05-02-empty.txt': '' }, 'content/transcripts/2024-05-02-empty.txt:1: the transcript is empty'],
  ['only a headline', { 'content/transcripts/2024-05-02-headline.txt': '\n标题\n' }, 'content/transcripts/2024-05-02-headline.txt:2: the transcript has only a headline'],
  [
    'no question labels',
    { 'content/transcripts/2024-05-02-no-questions.txt': lines('标题', '新华社北京5月2日电 记者会。', '汪文斌：大家好。') },
    // At the first line after the headline, where the questions were looked for (a dateline is optional).
    'content/transcripts/2024-05-02-no-questions.txt:2: no question found',
  ],
  [
    'a question with no answer',
    { 'content/transcripts/2024-05-02-no-answer.txt': lines('标题', '新华社北京5月2日电 记者会。', '甲报记者：问？', '乙社记者：问？', '汪文斌：答。') },
    'content/transcripts/2024-05-02-no-answer.txt:3: question 1 (甲报记者) has no answer',
    // The hint names the officials who answer elsewhere in this transcript.
    'After "甲报记者：" must come an answer labelled with an official\'s name or title ("汪文斌：" or "答："). If the text is cut off, end the file before this question.',
  ],
  ['a file name without a date', { 'content/transcripts/wang-wenbin.txt': BRIEFING }, 'content/transcripts/wang-wenbin.txt:1: the file name "wang-wenbin.txt" does not start with a date'],
  [
    'a dateline that disagrees with the file name',
    { 'content/transcripts/2024-05-02-wang-wenbin.txt': BRIEFING },
    'content/transcripts/2024-05-02-wang-wenbin.txt:3: the dateline says 5月1日 but the file name says 2024年5月2日 (2024-05-02)',
  ],
  [
    'a dated headline that disagrees with the file name',
    { 'content/transcripts/2024-05-02-dated.txt': lines('2024年5月3日外交部发言人汪文斌主持例行记者会', '甲报记者：问？', '汪文斌：答。') },
    'content/transcripts/2024-05-02-dated.txt:1: the headline is dated 2024-05-03 but the file name says 2024-05-02',
  ],
  [
    'a continuation marker that is not last',
    { 'content/transcripts/2024-05-02-marker.txt': lines('标题', '新华社北京5月2日电 记者会。', '甲报记者：问？', '(下转第四版)', '汪文斌：答。') },
    'content/transcripts/2024-05-02-marker.txt:4: the continuation marker "(下转第四版)" is not the last line',
  ],
  [
    'a file that is not UTF-8',
    { 'content/transcripts/2024-05-02-gbk.txt': new Uint8Array([...encode('标题\n\n'), ...GBK, ...encode('\n')]) },
    'content/transcripts/2024-05-02-gbk.txt:3: the file is not valid UTF-8',
  ],
  [
    'two files with the same conference id',
    { 'content/transcripts/2024-03-07-Wang_Yi.txt': readFileSync(join(PROJECT, SEED)) },
    'content/transcripts/2024-03-07-wang-yi.txt:1: the conference id "2024-03-07-wang-yi" is also the id of content/transcripts/2024-03-07-Wang_Yi.txt',
  ],
  [
    'an editorial file that is not valid',
    { 'content/editorial/2024-05-01-wang-wenbin.yaml': 'topics:\n  "1": 一\n  first: 二\n' },
    'content/editorial/2024-05-01-wang-wenbin.yaml:3: topics.first: expected a question number such as "4"',
  ],
];

describe.concurrent.each(BAD_INPUTS)('split with %s', (_name, files, problem, expectedHint) => {
  const addTo = (root: string) => {
    for (const [path, content] of Object.entries(files)) writeFile(join(root, path), content);
    return root;
  };

  it('exits 1, prints path:line: and a hint, and leaves the generated folder unchanged', async ({ expect }) => {
    const project = temp(addTo(copyProject(base)));
    const result = await split(project);
    expect(result.status).toBe(1);
    const [first, hint, ...rest] = result.stderr.split('\n');
    expect(first).toBe(problem);
    expect(hint).toMatch(/^ {2}\S/);
    if (expectedHint) expect(hint).toBe(`  ${expectedHint}`);
    expect(rest).toEqual(['', '1 problem(s) found; nothing was written.', '']);
    expect(result.stdout).toBe('');
    expect(generatedOf(project)).toEqual(baseTree);
  }, TIMEOUT);

  it('writes no file at all into a project not split yet', async ({ expect }) => {
    const project = temp(addTo(makeContentCopy()));
    writeFile(join(project, BRIEFING_PATH), BRIEFING);
    const result = await split(project);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(problem);
    expect(readTree(join(project, GENERATED)).size).toBe(0);
    expect(readTree(join(project, 'content')).size).toBe(readTree(join(project, 'content/transcripts')).size + readTree(join(project, 'content/editorial')).size);
  }, TIMEOUT);
});

it('fails --check on bad input too, writing nothing', async () => {
  const project = temp(copyProject(base));
  writeFile(join(project, 'content/transcripts/2024-05-02-empty.txt'), '');
  const result = await split(project, '--check');
  expect(result.status).toBe(1);
  expect(result.stderr.split('\n')[0]).toBe('content/transcripts/2024-05-02-empty.txt:1: the transcript is empty');
  expect(generatedOf(project)).toEqual(baseTree);
}, TIMEOUT);
