// What a query leaves out of its terms, and so what comparing a term with a text passes over.
const BETWEEN_TERMS = /[\s\p{P}\p{S}]+/u;
const BETWEEN_TERMS_GLOBAL = /[\s\p{P}\p{S}]+/gu;

/** Split a query into the terms a reader typed apart: by spaces, punctuation and symbols (`<`, `(`). */
export function queryTerms(query: string): string[] {
  return query.split(BETWEEN_TERMS).filter(Boolean);
}

/**
 * Tell whether a text holds every term whole (both folded alike, see `folder`), passing over the
 * spaces and punctuation of the text, which no term holds: a sentence retyped without its commas.
 */
export function holdsEvery(text: string, terms: readonly string[]): boolean {
  const bare = text.replace(BETWEEN_TERMS_GLOBAL, '');
  return terms.every((term) => bare.includes(term));
}

/** A text without its spaces and punctuation, and where each of its UTF-16 code units stood in the text. */
export interface BareText {
  text: string;
  at: number[];
}

/** Give a text without the spaces, punctuation and symbols a term never holds, with a map back to the text. */
export function bareText(text: string): BareText {
  let bare = '';
  const at: number[] = [];
  let index = 0;
  for (const character of text) {
    if (!BETWEEN_TERMS.test(character)) {
      bare += character;
      for (let unit = 0; unit < character.length; unit++) at.push(index + unit);
    }
    index += character.length;
  }
  return { text: bare, at };
}

// How many words may stand between two of a term's words: punctuation the reader left out (`”，“`).
const MAX_GAP = 3;

/**
 * Tell whether `length` of a page's matched word positions follow one another with at most a few
 * words between each two: where a term's words may stand, punctuation aside.
 */
export function hasRun(positions: readonly number[], length: number): boolean {
  const sorted = [...new Set(positions)].sort((left, right) => left - right);
  let run = 0;
  for (const [index, position] of sorted.entries()) {
    run = index > 0 && position - (sorted[index - 1] ?? 0) <= MAX_GAP + 1 ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}
