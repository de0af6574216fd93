import { hostileCharacterOf } from '../hostile-text';
import { messages, transcriptError } from './errors';

/** A non-blank line of the source with its 1-based line number. */
export interface NumberedLine {
  text: string;
  line: number;
}

/**
 * Split source text into its non-blank lines, trimmed, tolerating CRLF and a BOM.
 * Print and web copies indent with full-width spaces (U+3000) and leave trailing blanks; `trim()`
 * removes both (and NBSP) in linear time, where an anchored `\s+$` pattern is quadratic on long runs.
 * @throws TranscriptError at the first line holding a character that is never text (see hostile-text.ts)
 */
export function nonBlankLines(text: string, file: string): NumberedLine[] {
  const numbered: NumberedLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const hostile = hostileCharacterOf(raw);
      if (hostile) throw transcriptError({ file, line: index + 1 }, messages.hostileCharacter(hostile.character));
      const trimmed = raw.trim();
      if (trimmed !== '') numbered.push({ text: trimmed, line: index + 1 });
    });
  return numbered;
}
