/** The split cache on disk (see src/splitter/archive/split-cache.ts): where it lives, and reading and writing it. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { build } from 'esbuild';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { editorialFinder, type BuiltConference, type SourceFile } from '../archive/build';
import {
  cachedConference,
  candidatesForReuse,
  conferenceKey,
  pageDigest,
  parseSplitCache,
  reusableConferences,
  splitCacheText,
  type PageStamp,
} from '../archive/split-cache';
import { fileStatus, stampVouches } from '../../shared/file-stamp';
import { compareText } from '../../shared/text';
import { paths } from '../../../scripts/paths';

/** Beside other tools' caches, out of version control, and gone with a fresh `npm ci`. */
const CACHE_FILE = join(paths.root, 'node_modules/.cache/dawenlu/split.json');
/** The checkout this split runs from, which may not be the project it splits (DAWENLU_ROOT). */
const CHECKOUT = resolve(import.meta.dirname, '../../..');
/** Where the pages are made: everything this module imports, and nothing else of the project, is the split's code. */
const PAGE_MAKER = join(CHECKOUT, 'src/splitter/archive/build.ts');
/** The packages the pages are made with (opencc-js, yaml), by their locked versions. */
const PACKAGE_LOCK = join(CHECKOUT, 'package-lock.json');

/** The project's source files the split's page maker imports, directly or not, as esbuild resolves them. */
export async function splitterSources(): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [PAGE_MAKER],
    absWorkingDir: CHECKOUT,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  return Object.keys(metafile.inputs).map((input) => resolve(CHECKOUT, input));
}

/**
 * Digest the code the split lays pages out with: any change to it builds every conference again.
 * An edit to the site, the browser code or the search index leaves the split's pages as they are.
 */
export async function splitCodeDigest(): Promise<string> {
  const files = [...(await splitterSources()), PACKAGE_LOCK].filter((file) => existsSync(file));
  const hash = createHash('sha256');
  for (const file of files.sort(compareText)) hash.update(relative(CHECKOUT, file)).update('\0').update(await readFile(file)).update('\0');
  return hash.digest('hex');
}

/** Key every transcript (by its path) with its editorial file. */
export function keysOf(code: string, transcripts: readonly SourceFile<Uint8Array>[], editorials: readonly SourceFile<string>[]): Map<string, string> {
  const editorialOf = editorialFinder(editorials);
  return new Map(transcripts.map((transcript) => [transcript.path, conferenceKey(code, transcript, editorialOf(transcript.path))]));
}

/** The generated files' content digests, by path relative to content/generated/. */
export type Stamps = Map<string, Omit<PageStamp, 'path'>>;

/** The conferences a split may leave as they are, their pages' stamps as found, and when the split began stamping. */
export interface Reused {
  reused: BuiltConference[];
  stamps: Stamps;
  stampedAt: number;
}

/**
 * The conferences of the last split that can be left as they are (same key, pages untouched on
 * disk), and the stamps of their pages as found.
 */
export async function reusedConferences(code: string, keys: ReadonlyMap<string, string>): Promise<Reused> {
  const stampedAt = Date.now();
  const cache = parseSplitCache(await readFile(CACHE_FILE, 'utf8').catch(() => ''));
  const candidates = candidatesForReuse(cache, code, keys);
  const known = new Map(candidates.flatMap((conference) => conference.pages.map((page) => [page.path, page] as const)));
  const stamps = stampsOf([...known.keys()], { known, stampedAt: cache?.stampedAt ?? 0 });
  return { reused: reusableConferences(candidates, stamps), stamps, stampedAt };
}

/** Nothing reused: every conference is built (no cache, or `--check`). */
export function noneReused(): Reused {
  return { reused: [], stamps: new Map(), stampedAt: Date.now() };
}

/**
 * Remember every conference of a finished split with its pages as they are now. A cache that cannot
 * be written is not an error: the next split builds every conference again.
 */
export async function saveSplitCache(code: string, conferences: readonly BuiltConference[], keys: ReadonlyMap<string, string>, reused: Reused): Promise<void> {
  try {
    // The pages of reused conferences were stamped on the way in and not written since.
    const unchanged = new Set(reused.reused);
    const stamps = new Map([...reused.stamps, ...stampsOf(conferences.filter((conference) => !unchanged.has(conference)).flatMap((conference) => conference.pages))]);
    const cached = conferences.flatMap((conference) => {
      const key = keys.get(conference.file);
      return key ? [cachedConference(conference, key, stamps)] : [];
    });
    await mkdir(dirname(CACHE_FILE), { recursive: true });
    const staging = `${CACHE_FILE}.${process.pid}.tmp`;
    await writeFile(staging, splitCacheText(code, reused.stampedAt, cached));
    await rename(staging, CACHE_FILE);
  } catch (error) {
    console.error(`${relative(paths.root, CACHE_FILE)}: not written (${error instanceof Error ? error.message : String(error)}); the next split will build every conference again.`);
  }
}

/**
 * The stamps of generated files (relative to content/generated/); files that are gone are left out.
 * A file's digest comes from its stamp in the last split's cache where that vouches for it (see
 * `stampVouches`), else from its content: a page edited in place with its time put back is caught.
 * Synchronous: many small reads take a fraction of the time they take through the thread pool.
 */
function stampsOf(pages: readonly string[], last?: { known: ReadonlyMap<string, PageStamp>; stampedAt: number }): Stamps {
  const stamps: Stamps = new Map();
  for (const page of pages) {
    const path = join(paths.generated, page);
    const stats = statSync(path, { bigint: true, throwIfNoEntry: false });
    if (!stats?.isFile()) continue;
    const status = fileStatus(stats);
    const stamp = last?.known.get(page);
    if (stamp && last && stampVouches(stamp, status, stats.ctimeNs, last.stampedAt)) {
      stamps.set(page, { sha256: stamp.sha256, status });
      continue;
    }
    const content = readPage(path);
    // Read after the status: a write in between gives a status that no longer matches, and a digest read again next time.
    if (content) stamps.set(page, { sha256: pageDigest(content), status });
  }
  return stamps;
}

/** Read a generated file, or give nothing when it is gone or not a file. */
function readPage(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
