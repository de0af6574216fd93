/**
 * Build one shard of the search index, in a process of its own (Pagefind holds the whole shard in
 * memory until it writes it). Run by src/search-index/index-search.ts with the path of a job file:
 *
 *   tsx src/search-index/index-shard.ts <job.json>    job: { documents: [{ sourcePath, content }, …], outputPath }
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { EXCLUDED_FROM_INDEX } from './index-rules';
import { indexedDocument, separateWordsInHtml } from './indexed-document';
import { tunePagefindScript } from './pagefind-script';

/** One page as Pagefind indexes it: its path in the built site, and what Pagefind reads of it. */
export interface IndexedPage {
  sourcePath: string;
  content: string;
}

/** What one shard is built from and where it goes. */
export interface ShardJob {
  documents: IndexedPage[];
  /** The folder the shard's Pagefind bundle is written to. */
  outputPath: string;
}

/**
 * Read pages of the built site as Pagefind indexes them (`indexedDocument`), their text broken into
 * the words search finds (`separateWordsInHtml`, src/shared/search/segment.ts): one file at a time,
 * synchronously, which is several times faster for thousands of small files than reads through
 * the thread pool (and never more than one open).
 */
export function readIndexedPages(dist: string, pages: readonly string[]): IndexedPage[] {
  return pages.map((sourcePath) => ({ sourcePath, content: separateWordsInHtml(indexedDocument(readFileSync(join(dist, sourcePath), 'utf8'))) }));
}

/** Index some pages of the built site into one Pagefind bundle. */
export async function indexShard({ documents, outputPath }: ShardJob): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...EXCLUDED_FROM_INDEX] });
  if (!index) throw new Error('Failed to run Pagefind.', { cause: errors });
  try {
    for (const { sourcePath, content } of documents) {
      const added = await index.addHTMLFile({ sourcePath, content });
      if (added.errors.length > 0) throw new Error(`Failed to index dist/${sourcePath} with Pagefind.`, { cause: added.errors });
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error('Failed to run Pagefind.', { cause: written.errors });
  } finally {
    await pagefind.close();
  }
  // The default UI is not used: the site has its own, much smaller search dialog.
  const uiFiles = (await readdir(outputPath)).filter((name) => /^pagefind-(ui|component-ui|modular-ui|highlight)/.test(name));
  await Promise.all(uiFiles.map((name) => rm(join(outputPath, name), { recursive: true })));
  const script = join(outputPath, 'pagefind.js');
  await writeFile(script, tunePagefindScript(await readFile(script, 'utf8')));
}

if (import.meta.filename === process.argv[1]) {
  const jobFile = process.argv[2];
  if (!jobFile) throw new Error('Usage: tsx src/search-index/index-shard.ts <job.json>');
  await indexShard(JSON.parse(await readFile(jobFile, 'utf8')) as ShardJob);
}
