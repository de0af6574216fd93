/**
 * The grammar of paragraph ids, the one place it is written: a letter for the part of the conference
 * (`q` question, `a` answer, `h` host, `o` opening, `d` lead, `e` closing) and a count (`a3`), maybe
 * after a question's prefix on the full transcript (`q5-a3`); an English line is its Chinese
 * paragraph's id with `-en` (`a3-en`, `a3-en2`). A correction's note is `c1`, its mark `ref-c1`, and the
 * hidden span that holds both its wordings for search `search-a2-c1`. The splitter writes these ids,
 * the schemas check them, the components render them and the search reads them back.
 */

/** The letter of each part of a conference in its paragraphs' ids. */
export const PART = { lead: 'd', opening: 'o', question: 'q', answer: 'a', host: 'h', closing: 'e' } as const;

/** The parts of a conference a paragraph id may name, by their letter. */
export type ParagraphPart = (typeof PART)[keyof typeof PART];

const ALL_PARTS: readonly ParagraphPart[] = Object.values(PART);
const ENGLISH = '-en';
const NOTE = 'c';
// Written out (the letters of PART, ENGLISH, NOTE) rather than built, so a bundle that reads none of them leaves them out.
const PARAGRAPH = /([qahode])(\d+)(?:-en\d*)?$/;
const NOTE_NUMBER = /c(\d+)$/;
const CORRECTION_SPAN = /^search-([qahode]\d+)-c\d+$/;

/** Give the id of a part's paragraph by its count (`answer`, 3 → `a3`). */
export function paragraphId(part: ParagraphPart, number: number): string {
  return `${part}${number}`;
}

/** Give a pattern that matches a whole paragraph id of the given parts (all by default), for schemas. */
export function paragraphIdPattern(parts: readonly ParagraphPart[] = ALL_PARTS): RegExp {
  return new RegExp(`^[${parts.join('')}]\\d+$`);
}

/** Read the part and the count of a paragraph id (`q5-a3` → a, 3), or nothing for another id. */
export function paragraphOf(id: string): { part: ParagraphPart; number: number } | undefined {
  const match = PARAGRAPH.exec(id);
  return match ? { part: match[1] as ParagraphPart, number: Number(match[2]) } : undefined;
}

/** Give the id of an English line from its Chinese paragraph's id and its place among that paragraph's lines (0 → `a3-en`, 1 → `a3-en2`). */
export function englishIdOf(paragraphId: string, index = 0): string {
  return `${paragraphId}${ENGLISH}${index > 0 ? index + 1 : ''}`;
}

/** Give the id of a question's section on the full transcript (`q5`). */
export function transcriptQuestionId(number: number): string {
  return `q${number}`;
}

/** Give what the full transcript puts before a question's paragraph and note ids (`q5-`, so `a3` is `q5-a3`). */
export function transcriptPrefix(number: number): string {
  return `${transcriptQuestionId(number)}-`;
}

/** A pattern that matches a whole correction note id (`c1`), for schemas. */
export const NOTE_ID = /^c\d+$/;

/** Give the id of a page's nth correction note, counted from 1 in reading order (`c1`). */
export function noteId(number: number): string {
  return `${NOTE}${number}`;
}

/** Read the count of a correction note id (`q5-c2` → 2), or nothing for another id. */
export function noteNumberOf(id: string): number | undefined {
  const match = NOTE_NUMBER.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** Give the id of the marked text a note links back to (`c1` → `ref-c1`). */
export function noteRefId(note: string): string {
  return `ref-${note}`;
}

/** Give the id of the hidden span that holds a correction's two wordings for search (`search-a2-c1`). */
export function correctionSpanId(paragraph: string, note: string): string {
  return `search-${paragraph}-${note}`;
}

/** Read the paragraph of a correction's search span from its id (`search-a2-c1` → `a2`), or nothing for another id. */
export function correctionSpanParagraph(id: string): string | undefined {
  return CORRECTION_SPAN.exec(id)?.[1];
}
