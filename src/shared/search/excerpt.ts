import { bareText } from './terms';

/** A piece of an excerpt: text, marked where it is a typed term. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Where a term occurs in a text: [start, end) in UTF-16 code units. */
export type Range = readonly [start: number, end: number];

const ELLIPSIS = '…';
// A window may start this much later to begin after a clause break rather than mid-clause.
const SNAP = 10;
const CLAUSE_END = /[。！？；，、：!?;,:]/u;

/**
 * Find every occurrence of the terms in a text, merged where they touch or overlap; an occurrence may
 * run over punctuation the term leaves out (see `holdsEvery`).
 * The text and the terms must be folded alike (`folder`), which keeps the text's length.
 */
export function matchRanges(text: string, terms: readonly string[]): Range[] {
  const bare = bareText(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let start = bare.text.indexOf(term); start >= 0; start = bare.text.indexOf(term, start + 1)) ranges.push([bare.at[start] ?? 0, (bare.at[start + term.length - 1] ?? 0) + 1]);
  }
  ranges.sort((left, right) => left[0] - right[0] || left[1] - right[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/**
 * Cut an excerpt of about `length` code units where the matches cover the most text, marking the
 * matches, with … where the text is cut.
 * @param focus what the excerpt must show when there are no ranges (0 by default: the beginning)
 */
export function cutExcerpt(text: string, ranges: readonly Range[], length: number, focus = 0): ExcerptPart[] {
  let start = 0;
  if (text.length > length) {
    // The first match (or the focus) stands a quarter into the window, after some of what leads to it.
    const lead = Math.floor(length / 4);
    const clamp = (position: number) => Math.max(0, Math.min(position - lead, text.length - length));
    const covered = (from: number) => ranges.reduce((sum, [first, last]) => sum + (first >= from && last <= from + length ? last - first : 0), 0);
    start = ranges.length === 0 ? clamp(focus) : ranges.map(([first]) => clamp(first)).reduce((best, candidate) => (covered(candidate) > covered(best) ? candidate : best));
    const first = ranges.find(([from]) => from >= start)?.[0] ?? focus;
    start = snapToClause(text, start, Math.min(start + SNAP, first));
  }
  const end = atWord(text, whole(text, Math.min(text.length, start + length)), -1);
  start = atWord(text, whole(text, start), 1);

  const parts: ExcerptPart[] = [];
  const push = (from: number, to: number, mark: boolean) => {
    if (to > from) parts.push({ text: text.slice(from, to), mark });
  };
  let cursor = start;
  for (const [first, last] of ranges) {
    if (last <= start || first >= end) continue;
    push(cursor, Math.max(first, start), false);
    cursor = Math.min(last, end);
    push(Math.max(first, start), cursor, true);
  }
  push(cursor, end, false);
  if (start > 0) parts.unshift({ text: ELLIPSIS, mark: false });
  if (end < text.length) parts.push({ text: ELLIPSIS, mark: false });
  return parts;
}

/** Move a window's start just past a clause break, if one comes before `limit`. */
function snapToClause(text: string, start: number, limit: number): number {
  if (start === 0) return 0;
  // A break just before the window means it already starts a clause.
  if (CLAUSE_END.test(text[start - 1] ?? '')) return start;
  for (let index = start; index < limit; index++) if (CLAUSE_END.test(text[index] ?? '')) return index + 1;
  return start;
}

const LATIN_WORD = /[\p{Script=Latin}\d'’-]/u;
/** How far a cut may move to a space rather than split an English word (`What doe…`). */
const WORD_REACH = 16;

/** Move a cut inside an English word to the nearest space in `direction` (−1 back, 1 on), if one is near. */
function atWord(text: string, position: number, direction: -1 | 1): number {
  if (position <= 0 || position >= text.length) return position;
  // A cut at a space leaves the space out of the excerpt.
  if (/\s/u.test(text[direction < 0 ? position - 1 : position]!)) return position + direction;
  if (!LATIN_WORD.test(text[position - 1]!) || !LATIN_WORD.test(text[position]!)) return position;
  for (let index = position, step = 0; step < WORD_REACH && index > 0 && index < text.length; index += direction, step++) {
    if (/\s/u.test(text[index]!)) return direction < 0 ? index : index + 1;
  }
  return position;
}

/** Move a position off the second half of a surrogate pair, so no character is cut in two. */
function whole(text: string, position: number): number {
  const code = text.charCodeAt(position);
  return code >= 0xdc00 && code <= 0xdfff && position > 0 ? position - 1 : position;
}

/** Give the language of an excerpt to mark: `en` for English words alone (a translation, a question asked in English). */
export function excerptLang(parts: readonly ExcerptPart[]): 'en' | undefined {
  const text = parts.map((part) => part.text).join('');
  return /[A-Za-z]/u.test(text) && !/\p{Script=Han}/u.test(text) ? 'en' : undefined;
}
