import { correctionSpanParagraph, PART, paragraphIdPattern } from '../paragraph-id';
import { withoutBreaks } from './segment';

// Reading a page as Pagefind indexed it: its words, its paragraphs, and the hidden spans that hold
// both wordings of a correction. Pagefind reports a word position for every element with an id.

/** An element with an id inside an indexed page, as Pagefind reports it. */
export interface IndexedAnchor {
  id: string;
  /** Index of the element's first word in the page's words. */
  location: number;
  /** The element's own text (without its child elements' text). */
  text?: string;
}

/** A paragraph of an indexed page: its id (`a3`) and its text as indexed (the corrected reading). */
export interface IndexedParagraph {
  id: string;
  text: string;
}

/** The two wordings of a correction, and the paragraph they belong to. */
export interface CorrectionSpan {
  paragraph: string;
  /** The corrected passage, then the printed one, separated by a space. */
  text: string;
}

// Host lines (a host's turns, the closing ones) are kept out of the index: the paragraphs it holds are these.
const PARAGRAPH_ID = paragraphIdPattern([PART.lead, PART.question, PART.answer, PART.opening]);

/**
 * Split a page's text into Pagefind's words.
 * @param raw the words as Pagefind stores them: joined by U+200B, `<` and `>` written `&lt;` and `&gt;`
 * @param content the same text as printed, without the separators
 */
export function indexedWords(raw: string, content: string): string[] {
  let cursor = 0;
  return raw.split('\u200B').map((word) => {
    let length = 0;
    for (let index = 0; index < word.length; length++) {
      // An escaped bracket is one character of the text; a text that itself reads `&lt;` is four.
      const escaped = (word.startsWith('&lt;', index) && content[cursor + length] === '<') || (word.startsWith('&gt;', index) && content[cursor + length] === '>');
      index += escaped ? 4 : 1;
    }
    const text = content.slice(cursor, cursor + length);
    cursor += length;
    return text;
  });
}

/** Give a page's paragraphs in reading order, each with its words from its anchor to the next paragraph's. */
export function paragraphsOf(words: readonly string[], anchors: readonly IndexedAnchor[]): IndexedParagraph[] {
  const starts = anchors.filter((anchor) => PARAGRAPH_ID.test(anchor.id)).sort((left, right) => left.location - right.location);
  // Pagefind ends the word before any element with an id with a space (回 |<ins id>避); it is not in the text.
  const anchored = new Set(anchors.map((anchor) => anchor.location));
  const word = (index: number) => {
    const text = words[index] ?? '';
    return anchored.has(index + 1) && / $/.test(text) ? text.slice(0, -1) : text;
  };
  return starts.map((anchor, index) => {
    const end = starts[index + 1]?.location ?? words.length;
    return { id: anchor.id, text: Array.from({ length: end - anchor.location }, (_, offset) => word(anchor.location + offset)).join('').trim() };
  });
}

/** Give the correction spans of a page with the paragraph each belongs to. */
export function correctionsOf(anchors: readonly IndexedAnchor[]): CorrectionSpan[] {
  return anchors.flatMap((anchor) => {
    const paragraph = correctionSpanParagraph(anchor.id);
    return paragraph && anchor.text ? [{ paragraph, text: withoutBreaks(anchor.text) }] : [];
  });
}
