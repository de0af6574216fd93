/** A page that sends a reader on: from an address the site does not use to the one it does. */
export interface Redirect {
  /** Site path of the page to write, without the base (`/2024-03-07-wang-yi/5/`). */
  from: string;
  /** Where it leads, relative to `from` (`../05/`). */
  to: string;
}

// A question page: a number right under a conference's folder (not a month of the archive, `/2024/03/`).
const PADDED = /^(.*\/\d{4}-\d{2}-\d{2}-[^/]+\/)(0+)(\d+)\/$/u;

/**
 * Give the redirects of every zero-padded question number to it from its shorter forms
 * (`/…/05/` from `/…/5/`; `/…/007/` from `/…/07/` and `/…/7/`), so a hand-typed address finds its page.
 * @param paths site paths of the built pages, without the base
 */
export function questionRedirects(paths: readonly string[]): Redirect[] {
  const redirects: Redirect[] = [];
  for (const path of paths) {
    const match = PADDED.exec(path);
    if (!match) continue;
    const [, folder = '', zeros = '', digits = ''] = match;
    for (let kept = zeros.length - 1; kept >= 0; kept--) {
      redirects.push({ from: `${folder}${'0'.repeat(kept)}${digits}/`, to: `../${zeros}${digits}/` });
    }
  }
  return redirects.sort((left, right) => (left.from < right.from ? -1 : left.from > right.from ? 1 : 0));
}
