import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT, run, writeFile, type Run } from './project';

// Large archives made of copies of a cut-down seed, for the tests that split and load thousands of
// pages under a low limit of open files.

const SEED = 'content/transcripts/2024-03-07-wang-yi.txt';

/**
 * The seed cut after its second answer: headline, dateline, opening remarks and two questions. Every
 * copy is dated 7 March (the dateline prints no year), in years 2000–2024, several on the same day.
 */
export const SMALL = `${readFileSync(join(PROJECT, SEED), 'utf8').split('\n').slice(0, 36).join('\n')}\n`;

/** The file of the small transcript number `index` (from 1). */
export const smallName = (index: number) => `content/transcripts/${2000 + (index % 25)}-03-07-wang-yi-${String(index).padStart(4, '0')}.txt`;

/** Write `count` small transcripts (2 questions, 6 pages each) into a project, and give the project back. */
export function addSmallTranscripts(root: string, count: number): string {
  for (let index = 1; index <= count; index++) writeFile(join(root, smallName(index)), SMALL);
  return root;
}

/** Run split from the real project on another copy (DAWENLU_ROOT), in a shell that first lowers a limit (`ulimit -n 256`) or ignores a signal. */
export function splitUnder(shell: string, root: string, ...args: string[]): Promise<Run> {
  return run('bash', ['-c', `${shell} && exec tsx scripts/split.ts "$@"`, 'split', ...args], { env: { DAWENLU_ROOT: root } });
}

/** Lines that only a crash prints: a stack frame or Node's version banner. */
export const crashLines = (output: string) => output.split('\n').filter((line) => /^\s+at |^Node\.js v/.test(line));
