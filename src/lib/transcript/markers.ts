import type { Continuation } from './types';

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
