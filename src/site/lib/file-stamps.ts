import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileStatus, stampVouches } from '../../shared/file-stamp';

/** What a build knew of a file when it last read or wrote it: its status and the digest of its text. */
export interface FileStamp {
  status: string;
  digest: string;
}

/** The stamps of a set of files (by a name of the caller's choosing), and when they were taken. */
interface FileStamps {
  stampedAt: number;
  files: Map<string, FileStamp>;
}

/** One build's pass over a set of files: the stamps the last pass left, checked file by file, and those this one leaves to the next. */
export interface StampRun {
  /** Give a file's status now (nothing when there is no file), and the last pass's stamp of it when that stamp vouches for it. */
  check(name: string, path: string): { status: string; vouched: FileStamp | undefined } | undefined;
  /** Leave a file's stamp to the next pass. */
  keep(name: string, stamp: FileStamp): void;
  /** Write the stamps kept; one that cannot be written is reported, not thrown: the next pass then reads every file again. */
  save(warn: (message: string) => void): void;
}

/** Bumped when the file's shape changes: an older file is then ignored. */
const FORMAT = 1;

/**
 * Start a pass over files whose stamps are kept in `file` from one build to the next (see
 * src/shared/file-stamp.ts for when a stamp vouches for a file).
 */
export function startStampRun(file: string): StampRun {
  const last = readFileStamps(file);
  // Taken before any status is read: a file written after this may keep a status stamped in this pass.
  const stampedAt = Date.now();
  const files = new Map<string, FileStamp>();
  return {
    check: (name, path) => {
      const stats = statSync(path, { bigint: true, throwIfNoEntry: false });
      if (!stats) return undefined;
      const status = fileStatus(stats);
      const stamp = last?.files.get(name);
      return { status, vouched: last && stampVouches(stamp, status, stats.ctimeNs, last.stampedAt) ? stamp : undefined };
    },
    keep: (name, stamp) => {
      files.set(name, stamp);
    },
    save: (warn) => {
      try {
        writeFileStamps(file, { stampedAt, files });
      } catch (error) {
        warn(`${file}: not written (${error instanceof Error ? error.message : String(error)}); the next build reads every file it stamps again.`);
      }
    },
  };
}

/** Read the stamps a build left to the next; a missing, unreadable or older file gives none, so every file is read again. */
function readFileStamps(file: string): FileStamps | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!isStampsFile(parsed)) return undefined;
    return { stampedAt: parsed.stampedAt, files: new Map(Object.entries(parsed.files).map(([name, [status, digest]]) => [name, { status, digest }])) };
  } catch {
    return undefined;
  }
}

/** Write stamps whole, or not at all (a half-written file would be ignored, never misread). */
function writeFileStamps(file: string, { stampedAt, files }: FileStamps): void {
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
