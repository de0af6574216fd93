/**
 * The grammar of paragraph ids: a letter for the part of the conference (`q` question, `a` answer,
 * `h` host, `o` opening, `d` lead, `e` closing) and a count (`a3`), maybe after a question's prefix
 * on the full transcript (`q5-a3`); an English line is its Chinese paragraph's id with `-en` (`a3-en`).
 */

/** The parts of a conference a paragraph id may name, by their letter. */
export type ParagraphPart = 'q' | 'a' | 'h' | 'o' | 'd' | 'e';

/** Read the part and the count of a paragraph id (`q5-a3` → a, 3), or nothing for another id. */
export function paragraphOf(id: string): { part: ParagraphPart; number: number } | undefined {
  const match = /([qahode])(\d+)(?:-en\d*)?$/.exec(id);
  return match ? { part: match[1] as ParagraphPart, number: Number(match[2]) } : undefined;
}

/** Give the id of an English line from its Chinese paragraph's id and its place among that paragraph's lines (0 → `a3-en`, 1 → `a3-en2`). */
export function englishIdOf(paragraphId: string, index = 0): string {
  return `${paragraphId}-en${index > 0 ? index + 1 : ''}`;
}
