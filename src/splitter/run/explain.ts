import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { hintsOf } from '../editorial/hints';
import { parseEditorial } from '../editorial/parse';
import { decodeTranscript } from '../transcript/decode';
import { TranscriptError } from '../transcript/errors';
import { explainTranscript } from '../transcript/explain';
import { conferenceIdOf } from '../transcript/file-name';
import { paths } from '../../../scripts/paths';

/**
 * Print how every line of one transcript is read (`npm run split -- --explain <file>`), with its
 * editorial file: content/editorial/<id>.yaml, or a .yaml of the same name beside the transcript.
 * Writes nothing; gives the exit code (1 when the transcript would stop the split).
 */
export function explainFile(path: string): number {
  const shown = relative(paths.root, path) || path;
  if (!existsSync(path)) {
    console.error(`${shown}: no such file. Give the path of a transcript, e.g. npm run split -- --explain content/transcripts/2024-03-07-wang-yi.txt`);
    return 1;
  }
  try {
    const text = decodeTranscript(readFileSync(path), shown);
    const editorialPath = [join(paths.editorial, `${conferenceIdOf(basename(path))}.yaml`), join(dirname(path), `${basename(path, '.txt')}.yaml`)].find(existsSync);
    const editorialShown = editorialPath ? relative(paths.root, editorialPath) : null;
    const hints = editorialPath && editorialShown ? hintsOf(parseEditorial(readFileSync(editorialPath, 'utf8'), editorialShown)) : {};
    const { lines, error } = explainTranscript(text, shown, hints);
    console.log([editorialShown ? `editorial file: ${editorialShown}` : 'no editorial file', ...lines].join('\n'));
    return error ? 1 : 0;
  } catch (error) {
    if (!(error instanceof TranscriptError)) throw error;
    console.error(error.message);
    return 1;
  }
}
