import { resolve } from 'node:path';

const root = resolve(process.env.DAWENLU_ROOT ?? '.');

/** Folders the scripts read and write; DAWENLU_ROOT points them at another copy of the project (tests, benchmarks). */
export const paths = {
  root,
  transcripts: resolve(root, 'content/transcripts'),
  editorial: resolve(root, 'content/editorial'),
  generated: resolve(root, 'content/generated'),
  dist: resolve(root, 'dist'),
};
