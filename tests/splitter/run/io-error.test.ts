import { describe, expect, it } from 'vitest';
import { ioErrorMessage } from '../../../src/splitter/run/io-error';

const PAGE = 'content/generated/zh-hans/2024-03-07-wang-yi/01.mdx';
/** An error as Node's fs/promises gives it. */
const systemError = (code: string, syscall = 'open') => Object.assign(new Error(`${code}: failed, ${syscall} '/abs/${PAGE}'`), { code, syscall, errno: -1 });

describe('ioErrorMessage', () => {
  it.each([
    ['EROFS', 'the file system is read-only; make it writable (or work in a writable copy of the project), then run split again.'],
    ['EACCES', 'permission denied; give your user read and write access to it and to its folder, then run split again.'],
    ['EPERM', 'the operation is not permitted; check its permissions and that no other program locks it, then run split again.'],
    ['ENOSPC', 'the disk is full; free some space, then run split again.'],
    ['EDQUOT', 'the disk quota is used up; free some space or raise the quota, then run split again.'],
    ['EFBIG', 'the file is larger than the system allows (see `ulimit -f`); raise the limit, then run split again.'],
    ['EMFILE', 'too many files are open at once; raise the limit (`ulimit -n`), then run split again.'],
    ['ENFILE', 'the system has too many files open; close some programs, then run split again.'],
    ['EISDIR', 'a folder is where split writes a file; move or delete the folder, then run split again.'],
    ['ENOTDIR', 'a file is where split needs a folder; move or delete the file, then run split again.'],
    ['EEXIST', 'a file is where split needs a folder; move or delete the file, then run split again.'],
    ['ENOENT', 'it is missing (moved or deleted while split ran?); then run split again.'],
    ['EBUSY', 'another program is using it; close that program, then run split again.'],
  ])('%s', (code, remedy) => {
    expect(ioErrorMessage(systemError(code), PAGE)).toBe(`${PAGE}: ${remedy}`);
  });

  it('says which call failed for a code it does not know, on one line', () => {
    const error = systemError('EXDEV', 'rename');
    expect(ioErrorMessage(error, PAGE)).toBe(`${PAGE}: rename failed (EXDEV): failed, rename '/abs/${PAGE}'; fix it, then run split again.`);
  });

  it('keeps any error to one line', () => {
    expect(ioErrorMessage(new Error('first line\nsecond line'), PAGE)).toBe(`${PAGE}: failed: first line; fix it, then run split again.`);
    expect(ioErrorMessage('a string', PAGE)).toBe(`${PAGE}: failed: a string; fix it, then run split again.`);
  });
});
