/** How many questions a question page's sidebar lists around the current one: pages stay bounded however long a conference is. */
export const SIDEBAR_QUESTIONS = 41;

/**
 * Choose which questions a sidebar lists: all of them when they fit, else a run of `size`
 * centred on the current question (shifted at either end so it is always `size` long).
 * @returns the first and last question numbers listed, 1-based and inclusive
 */
export function questionWindow(count: number, current: number, size = SIDEBAR_QUESTIONS): { first: number; last: number } {
  if (count <= size) return { first: 1, last: count };
  const first = Math.min(Math.max(1, current - Math.floor(size / 2)), count - size + 1);
  return { first, last: first + size - 1 };
}

/** How many questions a conference page lists with their excerpts; longer conferences list the rest by range. */
export const CONFERENCE_QUESTIONS = 100;

/**
 * Split the questions after the first `size` into ranges of `size`, each to be linked by its first
 * question (`第101–200问`), so a conference page stays bounded however long the conference is.
 */
export function laterRanges(count: number, size = CONFERENCE_QUESTIONS): { first: number; last: number }[] {
  const ranges: { first: number; last: number }[] = [];
  for (let first = size + 1; first <= count; first += size) ranges.push({ first, last: Math.min(count, first + size - 1) });
  return ranges;
}
