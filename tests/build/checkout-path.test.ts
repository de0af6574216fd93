import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProjectCopy, removeTemp, run, type Run } from '../helpers/project';
import { CONFERENCE, conferencePath, DIST, distFiles, QUESTIONS, questionPath, requireBuild, SCRIPTS } from '../helpers/site';

// A second build, of a copy of the project in a folder whose path holds a space and Chinese
// characters (percent-encoded in file URLs): it must find every page, and give the same bytes as
// the shared build in dist/, which makes this also the check that the build is reproducible.

let root: string;
let build: Run;

beforeAll(async () => {
  requireBuild();
  root = makeProjectCopy('答问 录-');
  build = await run('npm', ['run', 'build', '--silent'], { cwd: root, env: { DAWENLU_ROOT: undefined } });
});

afterAll(() => removeTemp(root));

/** Hash every file of a built site, path by path. */
function hashes(folder: string): Map<string, string> {
  return new Map(distFiles(folder).map((file) => [file, createHash('sha256').update(readFileSync(join(folder, file))).digest('hex')]));
}

describe('a build from a folder whose path holds a space and Chinese characters', () => {
  it('succeeds', () => {
    expect(root).toMatch(/答问 录-/);
    expect(build.status, build.stderr).toBe(0);
  });

  it('has a page for every generated page: the seed conference and its 14 questions in both scripts', () => {
    const files = new Set(distFiles(join(root, 'dist')));
    const pages = SCRIPTS.flatMap((script) => [conferencePath(script), ...QUESTIONS.map((number) => questionPath(number, script))]).map(
      (path) => `${path.slice(1)}index.html`,
    );
    expect(pages).toHaveLength(2 * (1 + 14));
    expect(pages.filter((page) => files.has(page))).toEqual(pages);
    // The generated MDX pages of the copy are exactly these 30.
    const generated = globSync('*/*/*.mdx', { cwd: join(root, 'content/generated') });
    expect(generated.filter((file) => file.includes(`/${CONFERENCE}/`))).toHaveLength(pages.length);
  });

  it('gives byte-identical files to the shared build (reproducible, whatever the checkout path)', () => {
    const shared = hashes(DIST);
    const copy = hashes(join(root, 'dist'));
    const differing = [...new Set([...shared.keys(), ...copy.keys()])].filter((file) => shared.get(file) !== copy.get(file)).sort();
    expect(differing).toEqual([]);
    expect(copy.size).toBeGreaterThan(40);
  });
});
