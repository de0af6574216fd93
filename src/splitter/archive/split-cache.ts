import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import type { BuiltConference, ConferenceReport, SourceFile } from './build';

/**
 * What the split remembers of its last run, so that adding or changing one transcript re-parses
 * only that one: for each conference, a key of everything its pages are made from (the split's
 * code, the transcript, its editorial file), its report, its share of the script map, and a digest
 * of each page's content as written, all sealed with a digest of the entry. A conference is reused
 * only when its key is the same, its entry is as the split sealed it (one page per question and
 * script), and every page is byte for byte as the split left it; anything else builds it again, so
 * the cache can only make a split faster, never different.
 *
 * A page's digest is taken again from its content unless its stamp vouches for it (see
 * src/shared/file-stamp.ts), so the archive's pages need not be read on every split.
 */

/** Bumped when the cache's shape changes: an older cache is then ignored. */
const FORMAT = 3;

const DIGEST = /^[0-9a-f]{64}$/;
const pageStampSchema = z.object({ path: z.string(), sha256: z.string().regex(DIGEST), status: z.string() });
const reportSchema = z.object({
  file: z.string(),
  id: z.string(),
  questions: z.number(),
  joins: z.array(z.object({ line: z.number(), resumedOn: z.number() })),
  continuation: z.string().nullable(),
  edited: z.boolean(),
});
const cachedConferenceSchema = z.object({
  file: z.string(),
  key: z.string(),
  report: reportSchema,
  forms: z.string(),
  pages: z.array(pageStampSchema),
  /** A digest of the rest of the entry, so that an entry edited or garbled after the split wrote it is not trusted. */
  seal: z.string().regex(DIGEST),
});
const splitCacheSchema = z.object({
  format: z.literal(FORMAT),
  code: z.string(),
  /** When the split that wrote the cache started (ms since the epoch): no page was stamped before. */
  stampedAt: z.number(),
  conferences: z.array(cachedConferenceSchema),
});

/** A generated file as the split left it. */
export type PageStamp = z.infer<typeof pageStampSchema>;
/** What the split remembers of one conference. */
export type CachedConference = z.infer<typeof cachedConferenceSchema>;
export type SplitCache = z.infer<typeof splitCacheSchema>;

/** Give a conference's key: a digest of the split's code and of the files its pages are made from. */
export function conferenceKey(code: string, transcript: SourceFile<Uint8Array>, editorial: SourceFile<string> | undefined): string {
  const hash = createHash('sha256').update(code).update('\0').update(transcript.path).update('\0').update(transcript.content);
  if (editorial) hash.update('\0').update(editorial.path).update('\0').update(editorial.content);
  return hash.digest('hex');
}

/** Read the cache's text; anything that is not a cache of this format is no cache (it is never an error). */
export function parseSplitCache(text: string): SplitCache | undefined {
  try {
    const parsed = splitCacheSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Write the cache for the conferences of a finished split. */
export function splitCacheText(code: string, stampedAt: number, conferences: readonly CachedConference[]): string {
  const cache: SplitCache = { format: FORMAT, code, stampedAt, conferences: [...conferences] };
  return `${JSON.stringify(cache)}\n`;
}

/** The cached conferences whose key is still that of their transcript (transcript path → key): those that may be reused. */
export function candidatesForReuse(cache: SplitCache | undefined, code: string, keys: ReadonlyMap<string, string>): CachedConference[] {
  if (!cache || cache.code !== code) return [];
  return cache.conferences.filter((conference) => keys.get(conference.file) === conference.key);
}

/** Give the digest of a page's content, as the cache records it. */
export function pageDigest(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Seal an entry: a digest of everything in it but the seal. */
function sealOf(conference: Omit<CachedConference, 'seal'>): string {
  const { file, key, report, forms, pages } = conference;
  // Fields listed in a fixed order: the entry's own key order is not kept by every reader.
  const fields = [file, key, report.file, report.id, report.questions, report.joins.map((join) => [join.line, join.resumedOn]), report.continuation, report.edited, forms];
  return createHash('sha256').update(JSON.stringify([...fields, pages.map((page) => [page.path, page.sha256, page.status])])).digest('hex');
}

/** Tell whether an entry is as the split sealed it and holds one page per script, and one per question and script. */
function isSound(conference: CachedConference): boolean {
  return (
    conference.seal === sealOf(conference) &&
    conference.report.file === conference.file &&
    conference.pages.length === 2 * (1 + conference.report.questions)
  );
}

/**
 * Keep the candidates whose entry is sound and whose pages are all on disk as the split left them.
 * @param onDisk each page's content digest now (pages that are gone are missing from it)
 */
export function reusableConferences(candidates: readonly CachedConference[], onDisk: ReadonlyMap<string, Omit<PageStamp, 'path'>>): BuiltConference[] {
  return candidates
    .filter((conference) => isSound(conference) && conference.pages.every((page) => onDisk.get(page.path)?.sha256 === page.sha256))
    .map((conference) => ({ file: conference.file, report: conference.report as ConferenceReport, pages: conference.pages.map((page) => page.path), forms: conference.forms }));
}

/** Remember a conference the split built or reused, with its pages as they are on disk now. */
export function cachedConference(conference: BuiltConference, key: string, onDisk: ReadonlyMap<string, Omit<PageStamp, 'path'>>): CachedConference {
  const pages = conference.pages.flatMap((path) => {
    const stamp = onDisk.get(path);
    return stamp ? [{ path, sha256: stamp.sha256, status: stamp.status }] : [];
  });
  const entry = { file: conference.file, key, report: conference.report, forms: conference.forms, pages };
  return { ...entry, seal: sealOf(entry) };
}
