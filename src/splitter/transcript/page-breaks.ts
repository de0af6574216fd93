/** A paragraph re-joined from the lines a print page break cut apart. */
export interface JoinablePiece {
  text: string;
  line: number;
  continuedOn: number[];
  /** Whether the piece may take the next piece's text: false for labels, English, time-stamped or headline lines. */
  open: boolean;
}

// A paragraph may end in a full stop, !, ?, colon (a list follows), semicolon, ellipsis, dash,
// a closing quote or bracket, or a Latin full stop; anything else means print cut it mid-sentence.
const SENTENCE_END = /[。！？!?：:；;…—”’"'」』）)》】\]］.．]$/u;

/** Tell whether a paragraph ends a sentence. */
export function endsSentence(text: string): boolean {
  // The last character alone: a joined paragraph grows line by line, and a test of all of it would be quadratic.
  return SENTENCE_END.test(text.slice(-1));
}

/** Tell whether a piece was cut mid-sentence and the next one carries on its text. */
export function continuesInto(previous: JoinablePiece, next: JoinablePiece & { startsTurn: boolean }): boolean {
  return previous.open && !next.startsTurn && next.open && !endsSentence(previous.text);
}
