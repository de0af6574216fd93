import { describe, expect, it } from 'vitest';
import { HASH_PLACEHOLDER, stampHash } from '../../../src/shared/mdx/hash';
import { isInSync, isStagingPath, planSync, stagingPathOf } from '../../../src/splitter/mdx/plan';

const generated = (path: string, body: string) => ({ path, text: stampHash(`---\nhash: "${HASH_PLACEHOLDER}"\n---\n\n${body}\n`) });
const onDisk = (...files: { path: string; text: string }[]) => new Map(files.map((file) => [file.path, file.text]));

const index = generated('zh-hans/c/index.mdx', '会');
const first = generated('zh-hans/c/01.mdx', '一');
const second = generated('zh-hans/c/02.mdx', '二');

describe('planSync', () => {
  it('writes every file into an empty folder', () => {
    const plan = planSync([index, first], new Map());
    expect(plan).toEqual({ write: [first, index], remove: [], edited: [], leftovers: [], unchanged: 0 });
    expect(isInSync(plan)).toBe(false);
  });

  it('leaves identical files alone', () => {
    const plan = planSync([index, first], onDisk(first, index));
    expect(plan).toEqual({ write: [], remove: [], edited: [], leftovers: [], unchanged: 2 });
    expect(isInSync(plan)).toBe(true);
  });

  it('rewrites a file that is out of date but untouched', () => {
    const newer = generated(first.path, '一（新）');
    const plan = planSync([index, newer], onDisk(index, first));
    expect(plan).toEqual({ write: [newer], remove: [], edited: [], leftovers: [], unchanged: 1 });
  });

  it('removes generated files no transcript produces any more', () => {
    const plan = planSync([index], onDisk(index, second, first));
    expect(plan).toEqual({ write: [], remove: ['zh-hans/c/01.mdx', 'zh-hans/c/02.mdx'], edited: [], leftovers: [], unchanged: 1 });
    expect(isInSync(plan)).toBe(false);
  });

  it('flags a hand-edited file it would overwrite', () => {
    const edited = { path: first.path, text: first.text.replace('一', '壹') };
    const plan = planSync([index, first], onDisk(index, edited));
    expect(plan).toEqual({ write: [first], remove: [], edited: [first.path], leftovers: [], unchanged: 1 });
  });

  it('flags a hand-edited file it would remove', () => {
    const edited = { path: second.path, text: second.text.replace('二', '贰') };
    const plan = planSync([index], onDisk(index, edited));
    expect(plan).toEqual({ write: [], remove: [second.path], edited: [second.path], leftovers: [], unchanged: 1 });
  });

  it('flags a hand-written file in the generated folder', () => {
    const plan = planSync([index], onDisk(index, { path: 'zh-hans/c/notes.mdx', text: '# notes\n' }));
    expect(plan.remove).toEqual(['zh-hans/c/notes.mdx']);
    expect(plan.edited).toEqual(['zh-hans/c/notes.mdx']);
  });

  it('does not flag a hand-edited file that already matches what would be generated', () => {
    expect(planSync([first], onDisk(first)).edited).toEqual([]);
  });

  it('sorts writes, removals and edits by path', () => {
    const a = generated('zh-hant/a/01.mdx', 'a');
    const b = generated('zh-hans/b/01.mdx', 'b');
    const plan = planSync([a, b], onDisk({ path: 'zh-hant/z.mdx', text: 'z' }, { path: 'zh-hans/y.mdx', text: 'y' }));
    expect(plan.write.map((file) => file.path)).toEqual(['zh-hans/b/01.mdx', 'zh-hant/a/01.mdx']);
    expect(plan.remove).toEqual(['zh-hans/y.mdx', 'zh-hant/z.mdx']);
    expect(plan.edited).toEqual(['zh-hans/y.mdx', 'zh-hant/z.mdx']);
  });
});

describe('staging files', () => {
  it('are hidden, beside their page, and named after the run', () => {
    expect(stagingPathOf('zh-hans/2024-03-07-wang-yi/01.mdx', 4242)).toBe('zh-hans/2024-03-07-wang-yi/.01.mdx.4242.tmp');
    expect(stagingPathOf('index.mdx', 7)).toBe('.index.mdx.7.tmp');
  });

  it.each([
    ['zh-hans/c/.01.mdx.4242.tmp', true],
    ['.index.mdx.7.tmp', true],
    ['.script-map.yaml.7.tmp', true],
    ['zh-hans/c/01.mdx.tmp', true],
    ['zh-hans/c/01.mdx', false],
    ['.split.lock', false],
    ['zh-hans/c/.01.mdx.tmp.swp', false],
    ['zh-hans/c/notes.tmp', false],
    ['zh-hans/c/.notes.tmp', false],
  ])('%s is a staging file: %s', (path, staging) => {
    expect(isStagingPath(path)).toBe(staging);
  });

  it('left by an interrupted split make a plan out of date, sorted', () => {
    const plan = planSync([index], onDisk(index), ['zh-hant/c/.01.mdx.9.tmp', 'zh-hans/c/01.mdx.tmp']);
    expect(plan).toEqual({ write: [], remove: [], edited: [], leftovers: ['zh-hans/c/01.mdx.tmp', 'zh-hant/c/.01.mdx.9.tmp'], unchanged: 1 });
    expect(isInSync(plan)).toBe(false);
  });
});
