import type { CorrectionSpan, IndexedParagraph } from './anchor';
import { cutExcerpt, matchRanges, type ExcerptPart } from './excerpt';

/** A paragraph that holds a typed term, with its excerpt; `id` is null for a page's opening lines. */
export interface ParagraphHit {
  id: string | null;
  excerpt: ExcerptPart[];
}

/** The paragraphs of one result page to show, and how many more hold a term. */
export interface PageHits {
  paragraphs: ParagraphHit[];
  more: number;
}

export interface HitOptions {
  /** Most paragraphs to show for one page. */
  shown: number;
  /** Longest excerpt, in characters. */
  length: number;
}

interface Candidate {
  index: number;
  id: string;
  excerpt: ExcerptPart[];
  terms: number;
  matches: number;
}

/**
 * Find the paragraphs of a page that hold any of the typed terms: the best ones first up to
 * `shown`, then put back in reading order. A term may also match in a correction's other wording
 * (the excerpt then shows where the correction is) or only in the page's metadata or topic (then
 * no paragraph holds it). With no paragraph to show, the page's opening lines stand for it.
 * @param fold folds text and terms alike (script, case) without changing the text's length
 */
export function pageHits(paragraphs: readonly IndexedParagraph[], corrections: readonly CorrectionSpan[], terms: readonly string[], fold: (text: string) => string, options: HitOptions): PageHits {
  const folded = terms.map(fold).filter(Boolean);
  const candidates: Candidate[] = [];
  paragraphs.forEach((paragraph, index) => {
    const text = fold(paragraph.text);
    const ranges = matchRanges(text, folded);
    const matching = (within: string) => folded.filter((term) => within.includes(term)).length;
    if (ranges.length > 0) {
      candidates.push({ index, id: paragraph.id, excerpt: cutExcerpt(paragraph.text, ranges, options.length), terms: matching(text), matches: ranges.length });
      return;
    }
    // A wording this paragraph no longer shows (the printed slip): centre on the corrected passage.
    for (const correction of corrections) {
      const wordings = fold(correction.text);
      if (correction.paragraph !== paragraph.id || matching(wordings) === 0) continue;
      const shown = wordings.split(/\s+/).map((wording) => text.indexOf(wording)).find((position) => position >= 0) ?? 0;
      candidates.push({ index, id: paragraph.id, excerpt: cutExcerpt(paragraph.text, [], options.length, shown), terms: matching(wordings), matches: 0 });
      return;
    }
  });
  if (candidates.length === 0) {
    const first = paragraphs[0];
    return { paragraphs: first ? [{ id: null, excerpt: cutExcerpt(first.text, [], options.length) }] : [], more: 0 };
  }
  const best = [...candidates].sort((left, right) => right.terms - left.terms || right.matches - left.matches || left.index - right.index).slice(0, options.shown);
  return {
    paragraphs: best.sort((left, right) => left.index - right.index).map(({ id, excerpt }) => ({ id, excerpt })),
    more: candidates.length - best.length,
  };
}
