/** A non-blank line of the source with its 1-based line number. */
export interface NumberedLine {
  text: string;
  line: number;
}

// Print and web copies indent with full-width spaces (U+3000) and leave trailing blanks;
// neither is part of the text. `\s` in JS covers U+3000, NBSP and the BOM.
const EDGE_SPACE = /^\s+|\s+$/g;

/** Split source text into its non-blank lines, trimmed, tolerating CRLF and a BOM. */
export function nonBlankLines(text: string): NumberedLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ text: raw.replace(EDGE_SPACE, ''), line: index + 1 }))
    .filter((numbered) => numbered.text !== '');
}
