const SENTENCE = /^.*?[。！？!?]/u;

/** Give the first sentence of a paragraph (the whole paragraph if it has one sentence). */
export function firstSentence(text: string): string {
  return SENTENCE.exec(text)?.[0] ?? text;
}

/** Zero-pad a question number for paths and ids (`1` → `01`). */
export function padNumber(number: number, count: number): string {
  return String(number).padStart(Math.max(2, String(count).length), '0');
}

/** Escape text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compare strings by code unit: the same order on every machine, unlike `localeCompare`. */
export function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
