import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { useStrings } from '../i18n/strings';
import { scriptOfPath } from '../../shared/paths';
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

/**
 * Give `/…/5/` (and every shorter form of a padded number) a page that leads to `/…/05/`, after the
 * pages are built. `files()` lists the pages this build produced, so that a page left as it was
 * counts as this build's output (see in-place-build.ts).
 */
export function questionRedirectPages(): AstroIntegration & { files: () => readonly string[] } {
  let written: string[] = [];
  return {
    name: 'dawenlu:question-redirects',
    files: () => written,
    hooks: {
      'astro:build:done': ({ dir, pages }) => {
        written = [];
        for (const redirect of questionRedirects(pages.map(({ pathname }) => `/${pathname}`))) {
          const folder = new URL(`.${redirect.from}`, dir);
          mkdirSync(folder, { recursive: true });
          const file = fileURLToPath(new URL('index.html', folder));
          writeIfChanged(file, redirectPage(redirect));
          written.push(file);
        }
      },
    },
  };
}
