/** An element with an id inside an indexed page, as Pagefind reports it. */
export interface IndexedAnchor {
  id: string;
  location: number;
}

const PARAGRAPH_ID = /^[dqao]\d+$/;

/**
 * Find the paragraph of the best match that falls inside one (a match in the page heading has none).
 * @param locations word positions of the matches, best first
 * @returns the paragraph id (`a3`), or null to link the page itself
 */
export function paragraphOfMatch(anchors: readonly IndexedAnchor[], locations: readonly number[]): string | null {
  const paragraphs = anchors.filter((anchor) => PARAGRAPH_ID.test(anchor.id)).sort((left, right) => left.location - right.location);
  for (const location of locations) {
    const containing = paragraphs.filter((anchor) => anchor.location <= location).at(-1);
    if (containing) return containing.id;
  }
  return null;
}

/** A match as Pagefind weighs it. */
export interface WeightedLocation {
  location: number;
  balanced_score: number;
}

// Words of one query that stand within this many words of each other count as one match.
const NEARBY = 3;

/**
 * Order match locations best first: where the query's words score highest together. Pagefind also
 * counts partial matches (`法` of `海洋法`) and each word alone (`中国` of `唱衰中国`), which score lower.
 */
export function bestLocations(weighted: readonly WeightedLocation[]): number[] {
  const together = (location: number) =>
    weighted.reduce((sum, match) => sum + (Math.abs(match.location - location) <= NEARBY ? match.balanced_score : 0), 0);
  return weighted
    .map((match) => ({ location: match.location, score: together(match.location) }))
    .sort((left, right) => right.score - left.score || left.location - right.location)
    .map((match) => match.location);
}
