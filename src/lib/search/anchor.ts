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

/** Order match locations best first: Pagefind counts partial matches too (`法` of `海洋法`), which score lower. */
export function bestLocations(weighted: readonly WeightedLocation[]): number[] {
  return [...weighted].sort((left, right) => right.balanced_score - left.balanced_score || left.location - right.location).map((match) => match.location);
}
