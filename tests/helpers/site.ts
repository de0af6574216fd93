import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { paths } from '../../scripts/paths';
import type { Script } from '../../src/shared/content/schema';
import { archivePath as siteArchivePath, conferencePath as siteConferencePath, questionPath as siteQuestionPath } from '../../src/shared/paths';

// What the tests of the built site (tests/build/, without a browser; tests/e2e/, with one) share:
// where the build is, the seed conference they read, and how site paths map to dist files.

export type { Script };
export { fileOfPath } from '../../scripts/serve/request-target';

/** Both scripts, simplified first. */
export const SCRIPTS: readonly Script[] = ['zh-Hans', 'zh-Hant'];
/** The seed conference every test of the built site reads. */
export const CONFERENCE = '2024-03-07-wang-yi';
export const QUESTION_COUNT = 14;
/** Question numbers 1…14. */
export const QUESTIONS = Array.from({ length: QUESTION_COUNT }, (_, index) => index + 1);
/** Where the built site lives. */
export const DIST = paths.dist;
/** Where the build says the site lives: absolute URLs (canonical, hreflang, sitemap) start with it (as in astro.config.mjs). */
export const BUILD_BASE = process.env.BASE ?? '/';
export const BUILD_SITE = new URL(BUILD_BASE.replace(/^\/?/, '/').replace(/\/?$/, '/'), process.env.SITE ?? 'http://localhost:4321').href;

/** Path of the archive in a script (`/`, `/zh-hant/`). */
export function archivePath(script: Script = 'zh-Hans'): string {
  return siteArchivePath(script);
}

/** Path of the seed conference's page in a script (`/2024-03-07-wang-yi/`). */
export function conferencePath(script: Script = 'zh-Hans'): string {
  return siteConferencePath(script, CONFERENCE);
}

/** Path of a question page of the seed conference in a script (`/2024-03-07-wang-yi/05/`). */
export function questionPath(number: number, script: Script = 'zh-Hans'): string {
  return siteQuestionPath(script, CONFERENCE, number, QUESTION_COUNT);
}

/** Fail at once, with what to do, when there is no build to test. */
export function requireBuild(folder = DIST): void {
  if (!existsSync(join(folder, 'index.html'))) throw new Error(`${folder} holds no built site. Run \`npm run build\` first (\`npm test\` does).`);
}

/** Every file of a built site, relative to its folder with forward slashes, sorted. */
export function distFiles(folder = DIST): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every HTML file of the built site (`2024-03-07-wang-yi/05/index.html`). */
export function htmlFiles(folder = DIST): string[] {
  return distFiles(folder).filter((name) => name.endsWith('.html'));
}

/** Read a file of the built site as text. */
export function readDist(file: string, folder = DIST): string {
  return readFileSync(join(folder, file), 'utf8');
}

/** Site path (without the base) a dist file is served at (`index.html` → `/`, `a/index.html` → `/a/`, `404.html` → `/404.html`). */
export function pathOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Tell whether a dist file is one of the 404 pages, which have no twin and are not in the sitemap. */
export function isNotFoundPage(file: string): boolean {
  return /(^|\/)404(\.html|\/index\.html)$/.test(file);
}
