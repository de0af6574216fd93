import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProjectCopy, removeTemp, run, type Run } from '../helpers/project';
import { CONFERENCE, DIST, distFiles, QUESTION_COUNT, requireBuild, SCRIPTS } from '../helpers/site';
import { archivePath } from '../../src/lib/paths';

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

  it('has the seed conference page and its 14 question pages in both scripts', () => {
    const files = new Set(distFiles(join(root, 'dist')));
    const pages = SCRIPTS.flatMap((script) => {
      const folder = `${archivePath(script).slice(1)}${CONFERENCE}/`;
      return [`${folder}index.html`, ...Array.from({ length: QUESTION_COUNT }, (_, index) => `${folder}${String(index + 1).padStart(2, '0')}/index.html`)];
    });
    expect(pages).toHaveLength(2 * (1 + 14));
    expect(pages.filter((page) => files.has(page))).toEqual(pages);
    // No other conference or question page: every page under a conference folder is one of these.
    const conferencePages = [...files].filter((file) => /(^|\/)\d{4}-\d{2}-\d{2}-[^/]+\/(\d+\/)?index\.html$/.test(file));
    expect(conferencePages.sort()).toEqual([...pages].sort());
  });

  it('gives byte-identical files to the shared build (reproducible, whatever the checkout path)', () => {
    const shared = hashes(DIST);
    const copy = hashes(join(root, 'dist'));
    const differing = [...new Set([...shared.keys(), ...copy.keys()])].filter((file) => shared.get(file) !== copy.get(file)).sort();
    expect(differing).toEqual([]);
    expect(copy.size).toBeGreaterThan(40);
  });
});
