import { speakerLabelOf } from './labels';
import type { NumberedLine } from './lines';
import type { PageBreakJoin } from './types';

/** A paragraph re-joined from the lines a print page break cut apart. */
export interface JoinedLine extends NumberedLine {
  continuedOn: number[];
}

// A paragraph may end in a full stop, !, ?, colon (a list follows), semicolon, ellipsis, dash
// or a closing quote/bracket; anything else means print cut it mid-sentence.
const SENTENCE_END = /[。！？!?：:；;…—”’"'」』）)》】]$/u;

/** Tell whether a paragraph ends a sentence. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** Re-join paragraphs cut mid-sentence by a print page break, recording each join. */
export function joinPageBreaks(lines: readonly NumberedLine[]): { paragraphs: JoinedLine[]; joins: PageBreakJoin[] } {
  const paragraphs: JoinedLine[] = [];
  const joins: PageBreakJoin[] = [];
  for (const next of lines) {
    const previous = paragraphs.at(-1);
    if (previous && !endsSentence(previous.text) && !speakerLabelOf(next.text)) {
      previous.text += next.text;
      previous.continuedOn.push(next.line);
      joins.push({ line: previous.line, resumedOn: next.line });
    } else {
      paragraphs.push({ ...next, continuedOn: [] });
    }
  }
  return { paragraphs, joins };
}
