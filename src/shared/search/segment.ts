/**
 * How search cuts Chinese into words: the same way when the index is built and when a query is
 * searched, so that any run of characters copied from a page finds it.
 *
 * Pagefind cuts a Chinese page into words with jieba when it indexes it, and a query with the
 * browser's `Intl.Segmenter`, and the two disagree: jieba reads 联合国安理会 as 联合 国安 理会, the
 * browser as 联合国 安理会, so neither 联合国安理会 nor 安理会 is a word of the index. Here every Han
 * character is a word of its own on both sides: the index is given a zero-width space between a Han
 * character and any letter or digit beside it, and between a word and a mark beside it (Pagefind
 * keeps such a space as a word break and leaves it out of the text it stores), and a query is
 * searched as the same characters in a row (`phraseQuery`). No dictionary takes part, so no cut can differ.
 * @see https://pagefind.app/docs/multilingual/ (Pagefind's segmentation of Chinese)
 */

/** The break put between words of the indexed text: Pagefind drops it from the words it stores. */
export const WORD_BREAK = '\u200B';

// Where the index breaks words: a Han character next to a letter or digit (another Han character
// included); and a letter or digit next to punctuation or a symbol, which jieba would keep in the
// word (`1.7`, `COVID-19`) where a query splits its terms (`queryTerms`).
const WORD_EDGE = /(?<=\p{Script=Han})(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?=\p{Script=Han})|(?<=[\p{L}\p{N}])(?=[\p{P}\p{S}])|(?<=[\p{P}\p{S}])(?=[\p{L}\p{N}])/gu;
// A query's words: one Han character, or a run of other letters and digits (with their combining marks).
const QUERY_WORD = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu;

/** Break text into the words search indexes: a `WORD_BREAK` on each side of every Han character, and between a word and a mark. */
export function separateWords(text: string): string {
  return text.replace(WORD_EDGE, WORD_BREAK);
}

/** Remove the word breaks of the index from text Pagefind gives back as it was given (anchors' text, titles). */
export function withoutBreaks(text: string): string {
  return text.replaceAll(WORD_BREAK, '');
}

/** Give the words of a typed term as the index holds them: each Han character, and each run of other letters and digits. */
export function termWords(term: string): string[] {
  return term.match(QUERY_WORD) ?? [];
}

/**
 * Give Pagefind's query for a term's words in a row (`"联 合 国"`), or the word alone: Pagefind
 * matches a quoted query only where its words stand one after the other.
 * @see https://pagefind.app/docs/js-api-searching/ (exact phrases)
 */
export function phraseQuery(words: readonly string[]): string {
  return words.length > 1 ? `"${words.join(' ')}"` : (words[0] ?? '');
}
