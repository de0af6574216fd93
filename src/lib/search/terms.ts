/** Split a query into the terms a reader typed apart: by spaces, punctuation and symbols (`<`, `(`). */
export function queryTerms(query: string): string[] {
  return query.split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
}
