// A character class searched for, not a lazy `^.*?` match: that backtracks once per character and
// overflows the stack on a paragraph of millions of characters.
const SENTENCE_END = /[。！？!?]/u;

/** Give the first sentence of a paragraph (the whole paragraph if it has one sentence). */
export function firstSentence(text: string): string {
  const end = text.search(SENTENCE_END);
  return end === -1 ? text : text.slice(0, end + 1);
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
