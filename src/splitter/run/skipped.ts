/**
 * Files in the transcript and editorial folders that the split does not read, and why: said, not
 * silently passed over, so a transcript saved as `.TXT` or linked in is not missing from the site
 * without a word.
 */
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { relativePath } from './files';

/** A kind of file a folder holds: transcripts end in `.txt`, editorial files in `.yaml`. */
export interface FolderKind {
  extension: '.txt' | '.yaml';
  what: string;
}

/** Say why a file of a folder is not read, or give null for a file the split reads (or a hidden one). */
export function skipReason(name: string, symbolicLink: boolean, kind: FolderKind): string | null {
  const base = name.split('/').pop() ?? name;
  if (base.startsWith('.')) return null;
  if (symbolicLink) return `a symbolic link is not read; put the ${kind.what} itself here`;
  if (base.endsWith(kind.extension)) return null;
  if (base.toLowerCase().endsWith(kind.extension) || (kind.extension === '.yaml' && base.toLowerCase().endsWith('.yml'))) {
    return `${kind.what}s end in ${kind.extension} (lower case); rename it to be read`;
  }
  return `only files ending in ${kind.extension} are read as ${kind.what}s`;
}

/** List the files under a folder that the split does not read, each with a one-line notice (`path: skipped: why`). */
export async function skippedNotices(folder: string, base: string, kind: FolderKind): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const notices: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const path = join(entry.parentPath, entry.name);
    const symbolicLink = entry.isSymbolicLink() || (await lstat(path).then((info) => info.isSymbolicLink(), () => false));
    const reason = skipReason(relativePath(folder, path), symbolicLink, kind);
    if (reason) notices.push(`${relativePath(base, path)}: skipped: ${reason}.`);
  }
  return notices.sort();
}
