import { messages, transcriptError } from './errors';
import type { Piece } from './pieces';
import type { Speaker } from './speakers';

/**
 * A question the text reports without a reporter's label (`有记者就…进行提问。`), between two turns of one
 * official: read as it stands, it would be the official's words. The split stops there rather than
 * publish a question as an answer.
 */

// A sentence that tells of a question, or asks one of its own.
const TELLS_OF_QUESTION = /(?:记者|記者|采访人员|採訪人員|媒体|媒體)[^。！？]{0,80}(?:提问|提問|询问|詢問|问道|問道|问及|問及|问到|問到|发问|發問)|^(?:请问|請問)[^。！]{0,300}[？?]$/u;

/**
 * Throw where an official's turn is taken up again after a paragraph that tells of a question no label marks.
 * @param notQuestions starts of paragraphs the editorial file says are the speaker's own words
 */
export function checkUnlabelledQuestions(pieces: readonly Piece[], speakers: ReadonlyMap<string, Speaker>, file: string, notQuestions: readonly string[] = []): void {
  let current: Speaker | undefined;
  let since: Piece[] = [];
  for (const piece of pieces) {
    const speaker = piece.speaker ? speakers.get(piece.speaker.label) : undefined;
    if (!speaker) {
      if (current && !piece.english) since.push(piece);
      continue;
    }
    if (current && current.role === 'official' && speaker.key === current.key) {
      const told = since.find((paragraph) => TELLS_OF_QUESTION.test(paragraph.text) && !notQuestions.some((start) => paragraph.text.startsWith(start)));
      if (told) throw transcriptError({ file, line: told.line }, messages.unlabelledQuestion(told.text, speaker.name));
    }
    current = speaker;
    since = [];
  }
}
