import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { questionRedirectPages } from '../../../src/site/integrations/question-redirects';
import { makeTemp, removeTemp } from '../../helpers/project';

const temps: string[] = [];
afterEach(() => {
  for (const folder of temps.splice(0)) removeTemp(folder);
});

const PAGES = ['2024-03-07-wang-yi/05/', 'zh-hant/2024-03-07-wang-yi/05/', '2024-03-07-wang-yi/', 'zh-hant/search/'];
const logger = { info: () => {}, warn: () => {} };

/** Run the integration's hooks as `astro build` does, over a `dist/` and a cache folder in a temporary project. */
function buildIn(root: string, integration = questionRedirectPages()) {
  const hooks = integration.hooks as Record<string, (options: unknown) => void>;
  hooks['astro:config:done']?.({ config: { cacheDir: pathToFileURL(join(root, 'cache/')) } });
  hooks['astro:build:done']?.({ dir: pathToFileURL(join(root, 'dist/')), pages: PAGES.map((pathname) => ({ pathname })), logger });
  return integration.files();
}

/** Build once with the clock a minute ahead, so that the stamps were taken well after the pages were written. */
function builtEarlier(): string {
  const root = makeTemp('redirects-');
  temps.push(root);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 60_000);
  try {
    buildIn(root);
  } finally {
    vi.useRealTimers();
  }
  return root;
}

const page = (root: string, path: string) => join(root, 'dist', path, 'index.html');

describe('questionRedirectPages', () => {
  it('writes a page for the short form of each padded question number, in the script of its page, and lists them', () => {
    const root = makeTemp('redirects-');
    temps.push(root);
    expect(buildIn(root)).toEqual([page(root, '2024-03-07-wang-yi/5/'), page(root, 'zh-hant/2024-03-07-wang-yi/5/')]);
    const html = readFileSync(page(root, 'zh-hant/2024-03-07-wang-yi/5/'), 'utf8');
    expect(html).toContain('<html lang="zh-Hant">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=../05/">');
  });

  it('leaves a page its stamp vouches for as it is, and lists it again', () => {
    const root = builtEarlier();
    const file = page(root, '2024-03-07-wang-yi/5/');
    const before = statSync(file, { bigint: true });
    expect(buildIn(root)).toContain(file);
    expect(statSync(file, { bigint: true }).ctimeNs).toBe(before.ctimeNs);
  });

  it('writes again a page changed since, even at the same size with its time put back, and one that is gone', () => {
    const root = builtEarlier();
    const changed = page(root, '2024-03-07-wang-yi/5/');
    const text = readFileSync(changed, 'utf8');
    const { atime, mtime } = statSync(changed);
    writeFileSync(changed, text.replace('../05/', '../06/'));
    utimesSync(changed, atime, mtime);
    rmSync(page(root, 'zh-hant/2024-03-07-wang-yi/5/'));
    buildIn(root);
    expect(readFileSync(changed, 'utf8')).toBe(text);
    expect(readFileSync(page(root, 'zh-hant/2024-03-07-wang-yi/5/'), 'utf8')).toContain('../05/');
  });

  it('writes every page right when the stamps are unreadable', () => {
    const root = builtEarlier();
    const file = page(root, '2024-03-07-wang-yi/5/');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('../05/', '../06/'));
    writeFileSync(join(root, 'cache/question-redirects.json'), '{"format":1');
    buildIn(root);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
