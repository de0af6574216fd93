/** A run of a corrected passage: kept as printed, or changed (struck, inserted, or both). */
export type Span = { kind: 'kept'; text: string } | { kind: 'changed'; original: string; corrected: string };

/**
 * Fewest shared characters kept as printed between two changes. A lone shared character inside a
 * replaced word is not worth a mark of its own: 制止 → 止战 reads as one word replaced, not 制 struck
 * and 战 inserted around a kept 止.
 */
const MIN_KEPT = 2;

/**
 * Split a correction into the characters it keeps and the smallest runs it changes, by the longest
 * common subsequence of the two wordings.
 * @example changedSpans('好经济', '分好经济发展的') // insert 分, keep 好经济, insert 发展的
 */
export function changedSpans(original: string, corrected: string): Span[] {
  const from = [...original];
  const to = [...corrected];
  // common[i][j]: length of the longest common subsequence of from[i…] and to[j…].
  const common = Array.from({ length: from.length + 1 }, () => new Array<number>(to.length + 1).fill(0));
  for (let i = from.length - 1; i >= 0; i--) {
    for (let j = to.length - 1; j >= 0; j--) {
      common[i]![j] = from[i] === to[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const spans: Span[] = [];
  const keep = (character: string) => {
    const last = spans.at(-1);
    if (last?.kind === 'kept') last.text += character;
    else spans.push({ kind: 'kept', text: character });
  };
  const change = (struck: string, inserted: string) => {
    const last = spans.at(-1);
    if (last?.kind === 'changed') {
      last.original += struck;
      last.corrected += inserted;
    } else spans.push({ kind: 'changed', original: struck, corrected: inserted });
  };
  let i = 0;
  let j = 0;
  while (i < from.length || j < to.length) {
    if (i < from.length && j < to.length && from[i] === to[j]) {
      keep(from[i++]!);
      j++;
    } else if (j >= to.length || (i < from.length && common[i + 1]![j]! >= common[i]![j + 1]!)) change(from[i++]!, '');
    else change('', to[j++]!);
  }
  return mergeShortKept(spans);
}

/** Fold runs of kept characters too short to stand alone, between two changes, into one change. */
function mergeShortKept(spans: Span[]): Span[] {
  const merged: Span[] = [];
  spans.forEach((span, index) => {
    const last = merged.at(-1);
    const between = index > 0 && index < spans.length - 1;
    if (span.kind === 'kept' && between && [...span.text].length < MIN_KEPT && last?.kind === 'changed') {
      last.original += span.text;
      last.corrected += span.text;
    } else if (span.kind === 'changed' && last?.kind === 'changed') {
      last.original += span.original;
      last.corrected += span.corrected;
    } else merged.push({ ...span });
  });
  return merged;
}
