import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { useStrings } from '../i18n/strings';
import { scriptOfPath } from '../../shared/paths';
import { fileStatus } from '../../shared/file-stamp';
import { startStampRun, type FileStamp, type StampRun } from '../lib/file-stamps';
import { questionRedirects, type Redirect } from '../lib/question-redirects';

/** Write the page that sends a reader from a short question address on to the page (a static host has no redirects of its own). */
function redirectPage({ from, to }: Redirect): string {
  const script = scriptOfPath(from);
  const text = useStrings(script)('redirect.link', { number: Number(/(\d+)\/$/.exec(from)?.[1]) });
  return `<!DOCTYPE html>\n<html lang="${script}">\n<head>\n<meta charset="utf-8">\n<meta name="robots" content="noindex">\n<meta http-equiv="refresh" content="0; url=${to}">\n<title>${text}</title>\n</head>\n<body>\n<p><a href="${to}">${text}</a></p>\n</body>\n</html>\n`;
}

/** Write a file unless it already holds the text: reading a small page costs less than writing it again. */
function writeIfChanged(file: string, text: string): void {
  try {
    if (readFileSync(file, 'utf8') === text) return;
  } catch {
    // Not there yet (or unreadable): write it.
  }
  writeFileSync(file, text);
}

/** Write a page unless its stamp from the last build vouches that it holds the text; give its stamp as it is now. */
function writeUnlessStamped(file: string, text: string, checked: ReturnType<StampRun['check']>): FileStamp {
  const digest = createHash('sha256').update(text).digest('hex');
  if (checked?.vouched?.digest === digest) return checked.vouched;
  mkdirSync(dirname(file), { recursive: true });
  writeIfChanged(file, text);
  return { status: fileStatus(statSync(file, { bigint: true })), digest };
}

/**
 * Give `/…/5/` (and every shorter form of a padded number) a page that leads to `/…/05/`, after the
 * pages are built. `files()` lists the pages this build produced, so that a page left as it was
 * counts as this build's output (see in-place-build.ts). A build stamps the pages it leaves, so the
 * next need not read them again (tens of thousands in a large archive).
 */
export function questionRedirectPages(): AstroIntegration & { files: () => readonly string[] } {
  let written: string[] = [];
  let stampsFile = '';
  return {
    name: 'dawenlu:question-redirects',
    files: () => written,
    hooks: {
      'astro:config:done': ({ config }) => {
        stampsFile = fileURLToPath(new URL('question-redirects.json', config.cacheDir));
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        written = [];
        const stamped = startStampRun(stampsFile);
        const root = fileURLToPath(dir);
        for (const redirect of questionRedirects(pages.map(({ pathname }) => `/${pathname}`))) {
          const file = fileURLToPath(new URL(`.${redirect.from}index.html`, dir));
          const name = relative(root, file);
          stamped.keep(name, writeUnlessStamped(file, redirectPage(redirect), stamped.check(name, file)));
          written.push(file);
        }
        stamped.save((message) => logger.warn(message));
      },
    },
  };
}
