/** A split worker thread: build the conferences of a share of the transcripts (see ./parallel.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { buildConferences, type SourceFile } from '../archive/build';

const { transcripts, editorials } = workerData as { transcripts: SourceFile<Uint8Array>[]; editorials: SourceFile<string>[] };
const built = buildConferences(transcripts, editorials);
// Errors cross to the main thread as their parts, to be made TranscriptErrors again there.
parentPort?.postMessage({ ...built, errors: built.errors.map(({ location, problem, hint }) => ({ location, problem, hint })) });
