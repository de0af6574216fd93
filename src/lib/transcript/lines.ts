import { messages, transcriptError } from './errors';

/** A non-blank line of the source with its 1-based line number. */
export interface NumberedLine {
  text: string;
  line: number;
}

// C0 controls other than tab, line feed and carriage return, DEL, and the two non-characters: never text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/u;

/**
 * Split source text into its non-blank lines, trimmed, tolerating CRLF and a BOM.
 * Print and web copies indent with full-width spaces (U+3000) and leave trailing blanks; `trim()`
 * removes both (and NBSP) in linear time, where an anchored `\s+$` pattern is quadratic on long runs.
 * @throws TranscriptError at the first line holding a control character
 */
export function nonBlankLines(text: string, file: string): NumberedLine[] {
  const numbered: NumberedLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const control = CONTROL.exec(raw);
      if (control) throw transcriptError({ file, line: index + 1 }, messages.controlCharacter(control[0]));
      const trimmed = raw.trim();
      if (trimmed !== '') numbered.push({ text: trimmed, line: index + 1 });
    });
  return numbered;
}
