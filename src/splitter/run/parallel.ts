/**
 * Build the conferences of many transcripts on every CPU: parsing, converting to the other script
 * and laying out pages is pure work on each transcript alone, so worker threads take a share each
 * and the main thread puts the archive together (assembleArchive).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { buildConferences, type ConferencesBuilt, type SourceFile } from '../archive/build';
import { TranscriptError } from '../transcript/errors';
import { compareText } from '../../shared/text';

/** Below this many transcripts one thread does it all: a worker's start (the code and OpenCC's tables) costs more than it saves. */
const PARALLEL_FROM = 40;
/** More threads than this gain little and each holds its share's pages in memory. */
const MAX_THREADS = 4;

/** Build the conferences of the transcripts, in contiguous shares of their sorted order, one thread a share. */
export async function buildConferencesInParallel(transcripts: readonly SourceFile<Uint8Array>[], editorials: readonly SourceFile<string>[]): Promise<ConferencesBuilt[]> {
  const threads = Math.min(MAX_THREADS, availableParallelism());
  if (threads < 2 || transcripts.length < PARALLEL_FROM) return [buildConferences(transcripts, editorials)];
  const sorted = [...transcripts].sort((left, right) => compareText(left.path, right.path));
  const size = Math.ceil(sorted.length / threads);
  const shares = Array.from({ length: threads }, (_, index) => sorted.slice(index * size, (index + 1) * size)).filter((share) => share.length > 0);
  return Promise.all(shares.map((share) => inWorker(share, editorials)));
}

/** Build one share in a worker thread. */
function inWorker(transcripts: readonly SourceFile<Uint8Array>[], editorials: readonly SourceFile<string>[]): Promise<ConferencesBuilt> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { transcripts, editorials } });
    worker.once('message', (built: Omit<ConferencesBuilt, 'errors'> & { errors: Pick<TranscriptError, 'location' | 'problem' | 'hint'>[] }) => {
      resolve({ ...built, errors: built.errors.map(({ location, problem, hint }) => new TranscriptError(location, problem, hint)) });
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`A split worker stopped (exit ${code}).`));
    });
  });
}
