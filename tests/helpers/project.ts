import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

import { copyProjectInto, PROJECT, SITE_SOURCES } from '../../scripts/project-copy';

/** The real project. Tests read it and run its scripts, but write only under the system's temp folder. */
export { PROJECT };
const BIN = join(PROJECT, 'node_modules', '.bin');

/** What a finished command printed and how it exited. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run a command and wait for it, with the project's Node 22 first on PATH. */
export function run(command: string, args: readonly string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, PATH: `${BIN}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', ...options.env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? PROJECT, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * Run `tsx scripts/split.ts` from the real project on another copy of it (`DAWENLU_ROOT`),
 * or on the real project itself when `root` is null.
 */
export function split(root: string | null, ...args: string[]): Promise<Run> {
  return run(join(BIN, 'tsx'), ['scripts/split.ts', ...args], { env: { DAWENLU_ROOT: root ?? undefined } });
}

/** Make an empty temporary folder; remove it with `removeTemp`. */
export function makeTemp(prefix = 'dawenlu-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeTemp(folder: string): void {
  if (folder.startsWith(tmpdir())) rmSync(folder, { recursive: true, force: true });
}

/** A temporary project holding copies of the real transcripts and editorial files (no generated MDX). */
export function makeContentCopy(): string {
  const root = makeTemp();
  for (const folder of ['content/transcripts', 'content/editorial']) {
    cpSync(join(PROJECT, folder), join(root, folder), { recursive: true });
  }
  return root;
}

/** Copy a temporary project, e.g. one already split, to change it without touching the original. */
export function copyProject(root: string): string {
  const copy = makeTemp();
  cpSync(root, copy, { recursive: true });
  return copy;
}

/**
 * A temporary copy of everything `npm run build` reads: sources, content and scripts. `node_modules`
 * is a real folder of links to the project's packages, so that Astro's and Vite's caches
 * (`node_modules/.astro`, `.vite`) land in the copy and not in the real project.
 * @param prefix start of the temporary folder's name (it may hold spaces and any characters)
 */
export function makeProjectCopy(prefix = 'dawenlu-site-'): string {
  const root = makeTemp(prefix);
  copyProjectInto(root, [...SITE_SOURCES, 'content']);
  return root;
}

/** Every file under a folder, by `/`-separated relative path, with its bytes; empty when the folder is absent. */
export function readTree(folder: string): Map<string, Buffer> {
  const tree = new Map<string, Buffer>();
  let entries: string[];
  try {
    entries = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return tree;
  }
  for (const entry of entries.sort()) {
    const path = join(folder, entry);
    try {
      tree.set(relative(folder, path).split('\\').join('/'), readFileSync(path));
    } catch {
      // a folder
    }
  }
  return tree;
}

/** Write a file, making its folder. */
export function writeFile(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
