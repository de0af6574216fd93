import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BodyNode } from '../lib/content/body';
import { readPageBody } from '../lib/content/page-file';

/**
 * Read the body of a generated page's collection entry from its file, when the page renders it
 * (see src/site/content/generated-pages-loader.ts for why the data store does not hold bodies).
 * The read is synchronous: a small file is read about ten times faster that way than through the thread
 * pool, and the build renders every page on the one thread anyway.
 * @param root the project folder the entry's `filePath` starts from
 */
export function bodyOf(entry: { filePath?: string | undefined }, root: string = __PROJECT_ROOT__): BodyNode[] {
  if (!entry.filePath) throw new Error('A generated page has no file to read its body from.');
  return readPageBody(readFileSync(join(root, entry.filePath), 'utf8'), entry.filePath);
}
