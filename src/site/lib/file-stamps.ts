import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** What a build knew of a file when it last read or wrote it: its status and the digest of its text. */
export interface FileStamp {
  status: string;
  digest: string;
}

/** The stamps of a set of files (by a name of the caller's choosing), and when they were taken. */
export interface FileStamps {
  stampedAt: number;
  files: Map<string, FileStamp>;
}

/** Bumped when the file's shape changes: an older file is then ignored. */
const FORMAT = 1;

/**
 * Read the stamps a build left to the next (see src/shared/file-stamp.ts for when one vouches for a
 * file); a missing, unreadable or older file gives none, so every file is read again.
 */
export function readFileStamps(file: string): FileStamps | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!isStampsFile(parsed)) return undefined;
    return { stampedAt: parsed.stampedAt, files: new Map(Object.entries(parsed.files).map(([name, [status, digest]]) => [name, { status, digest }])) };
  } catch {
    return undefined;
  }
}

/** Write stamps whole, or not at all (a half-written file would be ignored, never misread). */
export function writeFileStamps(file: string, { stampedAt, files }: FileStamps): void {
  const text = JSON.stringify({ format: FORMAT, stampedAt, files: Object.fromEntries([...files].map(([name, { status, digest }]) => [name, [status, digest]])) });
  mkdirSync(dirname(file), { recursive: true });
  const staging = `${file}.${process.pid}.tmp`;
  writeFileSync(staging, text);
  renameSync(staging, file);
}

function isStampsFile(value: unknown): value is { stampedAt: number; files: Record<string, [string, string]> } {
  if (typeof value !== 'object' || value === null) return false;
  const { format, stampedAt, files } = value as Record<string, unknown>;
  return (
    format === FORMAT &&
    typeof stampedAt === 'number' &&
    typeof files === 'object' &&
    files !== null &&
    Object.values(files).every((stamp) => Array.isArray(stamp) && stamp.length === 2 && stamp.every((part) => typeof part === 'string'))
  );
}
