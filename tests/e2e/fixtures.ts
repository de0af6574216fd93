import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { paths } from '../../scripts/paths';
import { serve } from '../../scripts/serve';

/** Browser tests run against the built dist/, served like a static host on a free port, one server per worker. */
export const test = base.extend<{ failOnConsoleErrors: void }, { site: string }>({
  site: [
    async ({}, use) => {
      const running = await serve({ port: 0 });
      await use(running.url);
      await running.close();
    },
    { scope: 'worker' },
  ],
  // Every page must load without console errors or uncaught exceptions.
  failOnConsoleErrors: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !/404 \(Not Found\)/.test(message.text())) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await use();
      expect(problems, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Build an absolute URL of the site from a path without the base (`/2024-03-07-wang-yi/05/`). */
export function at(site: string, path: string): string {
  return new URL(path.replace(/^\//, ''), site).href;
}

/** Visit a path of the site and wait for its script to run. */
export async function visit(page: Page, site: string, path: string): Promise<void> {
  await page.goto(at(site, path));
}

/** The seed conference every browser test reads. */
export const CONFERENCE = '2024-03-07-wang-yi';
export const QUESTION_COUNT = 14;
/** Question numbers 1…14. */
export const QUESTIONS = Array.from({ length: QUESTION_COUNT }, (_, index) => index + 1);
/** Where the built site lives. */
export const DIST = paths.dist;
/** Where the build says the site lives: absolute URLs (canonical, hreflang, sitemap) start with it (as in astro.config.mjs). */
export const BUILD_BASE = process.env.BASE ?? '/';
export const BUILD_SITE = new URL(BUILD_BASE.replace(/^\/?/, '/').replace(/\/?$/, '/'), process.env.SITE ?? 'http://localhost:4321').href;

/** Folder of a script's pages: simplified at the root, traditional under `/zh-hant/`. */
export type Script = 'zh-Hans' | 'zh-Hant';
const prefix = (script: Script) => (script === 'zh-Hant' ? '/zh-hant/' : '/');

/** Path of the conference page in a script (`/2024-03-07-wang-yi/`). */
export function conferencePath(script: Script = 'zh-Hans'): string {
  return `${prefix(script)}${CONFERENCE}/`;
}

/** Path of a question page in a script (`/2024-03-07-wang-yi/05/`). */
export function questionPath(number: number, script: Script = 'zh-Hans'): string {
  return `${conferencePath(script)}${String(number).padStart(2, '0')}/`;
}

/** Path of the archive in a script (`/`, `/zh-hant/`). */
export function archivePath(script: Script = 'zh-Hans'): string {
  return prefix(script);
}

/** The path (without the site's base) of a page URL served by the test server. */
export function sitePath(site: string, url: string): string {
  const { pathname, hash } = new URL(url);
  const basePath = new URL(site).pathname;
  return `/${pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname}${hash}`;
}

/** Every HTML file of the built site, relative to dist/ with forward slashes (`2024-03-07-wang-yi/05/index.html`). */
export function htmlFiles(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => relative(DIST, join(DIST, name)).split(sep).join('/'))
    .sort();
}

/** Site path (without the base) a dist file is served at (`index.html` → `/`, `a/index.html` → `/a/`, `404.html` → `/404.html`). */
export function pathOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The dist file a site path (without the base) is served from, or null: the server's own resolver. */
export { fileOfPath } from '../../scripts/serve';
