/** An element with an id inside an indexed page, as Pagefind reports it. */
export interface IndexedAnchor {
  id: string;
  location: number;
}

const PARAGRAPH_ID = /^[dqao]\d+$/;

/** Find the paragraph a match falls in: the last paragraph anchor at or before the match's word location. */
export function paragraphOfMatch(anchors: readonly IndexedAnchor[], location: number | undefined): string | null {
  if (location === undefined) return null;
  let found: string | null = null;
  for (const anchor of anchors) {
    if (PARAGRAPH_ID.test(anchor.id) && anchor.location <= location) found = anchor.id;
  }
  return found;
}
