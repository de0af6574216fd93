import type { Continuation } from '../../shared/transcript/types';

const CONTINUATION = /[(（]\s*下转第\s*([一二三四五六七八九十百\d]+)\s*版\s*[)）]/u;

/** Read a print continuation marker such as `(下转第四版)` from a whole line. */
export function continuationOf(text: string, line: number): Continuation | null {
  const match = CONTINUATION.exec(text);
  if (!match || match[0] !== text) return null;
  return { marker: text, page: match[1] ?? '', line };
}

/** Tell whether a line holds a continuation marker anywhere. */
export function holdsContinuation(text: string): boolean {
  return CONTINUATION.test(text);
}

const RESUMED = /^[(（]\s*上接第\s*[一二三四五六七八九十百\d]+\s*版\s*[)）]$/u;

/**
 * Find where a print text jumps to another page and back: from a `（下转第四版）` line to the
 * `（上接第三版）` line that resumes it, with the page's footer and the short headline between.
 * Gives the index ranges (inclusive) of the lines to leave out, in order.
 */
export function pageJumps(lines: readonly { text: string }[]): [number, number][] {
  const jumps: [number, number][] = [];
  let from = -1;
  lines.forEach(({ text }, index) => {
    if (continuationOf(text, 0)) from = index;
    else if (from >= 0 && RESUMED.test(text)) {
      jumps.push([from, index]);
      from = -1;
    }
  });
  return jumps;
}
