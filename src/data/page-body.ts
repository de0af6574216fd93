import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BodyNode } from '../lib/content/body';
import { readPageBody } from '../lib/content/page-file';

/**
 * Read the body of a generated page's collection entry from its file, when the page renders it
 * (see src/integrations/generated-pages-loader.ts for why the data store does not hold bodies).
 * @param root the project folder the entry's `filePath` starts from
 */
export async function bodyOf(entry: { filePath?: string | undefined }, root: string = __PROJECT_ROOT__): Promise<BodyNode[]> {
  if (!entry.filePath) throw new Error('A generated page has no file to read its body from.');
  return readPageBody(await readFile(join(root, entry.filePath), 'utf8'), entry.filePath);
}
