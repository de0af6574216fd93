/** A problem that stops the split, told in one line: the file, what went wrong, what to do. */
export class SplitFailure extends Error {
  override name = 'SplitFailure';
}

/** What a failed file operation leaves in an error (Node's `SystemError` fields we read). */
export interface IoError {
  code?: string;
  syscall?: string;
  message?: string;
}

const AGAIN = 'then run split again';

/** Problem and remedy for each error code a person can act on. */
const REMEDIES: Record<string, string> = {
  EROFS: `the file system is read-only; make it writable (or work in a writable copy of the project), ${AGAIN}`,
  EACCES: `permission denied; give your user read and write access to it and to its folder, ${AGAIN}`,
  EPERM: `the operation is not permitted; check its permissions and that no other program locks it, ${AGAIN}`,
  ENOSPC: `the disk is full; free some space, ${AGAIN}`,
  EDQUOT: `the disk quota is used up; free some space or raise the quota, ${AGAIN}`,
  EFBIG: `the file is larger than the system allows (see \`ulimit -f\`); raise the limit, ${AGAIN}`,
  EMFILE: `too many files are open at once; raise the limit (\`ulimit -n\`), ${AGAIN}`,
  ENFILE: `the system has too many files open; close some programs, ${AGAIN}`,
  EISDIR: `a folder is where split writes a file; move or delete the folder, ${AGAIN}`,
  ENOTDIR: `a file is where split needs a folder; move or delete the file, ${AGAIN}`,
  EEXIST: `a file is where split needs a folder; move or delete the file, ${AGAIN}`,
  ENOENT: `it is missing (moved or deleted while split ran?); ${AGAIN}`,
  EBUSY: `another program is using it; close that program, ${AGAIN}`,
  ENAMETOOLONG: `the path is too long for the file system; shorten the transcript's file name or move the project to a shorter path, ${AGAIN}`,
  ELOOP: `it is a link that leads back to itself; replace the link with the real file or folder, ${AGAIN}`,
  EIO: `the disk reported a read or write error; check the disk, ${AGAIN}`,
};

/**
 * Say in one line what a failed file operation means for a person: the path, the problem, what to do.
 * @param path the file or folder, as the person knows it (relative to the project)
 */
export function ioErrorMessage(error: unknown, path: string): string {
  const { code, syscall, message } = (typeof error === 'object' && error !== null ? error : {}) as IoError;
  const remedy = code ? REMEDIES[code] : undefined;
  if (remedy) return `${path}: ${remedy}.`;
  const what = (message ?? String(error)).split('\n')[0]?.replace(/^\w+: /, '') ?? '';
  return `${path}: ${syscall ? `${syscall} failed` : 'failed'}${code ? ` (${code})` : ''}: ${what}; fix it, ${AGAIN}.`;
}
