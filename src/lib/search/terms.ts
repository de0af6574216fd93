/** Split a query into the terms a reader typed apart: by spaces, punctuation and symbols (`<`, `(`). */
export function queryTerms(query: string): string[] {
  return query.split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
}

/** Tell whether a text holds every term whole (both folded alike, see `folder`). */
export function holdsEvery(text: string, terms: readonly string[]): boolean {
  return terms.every((term) => text.includes(term));
}
