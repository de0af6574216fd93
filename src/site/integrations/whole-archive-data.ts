import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { scripts } from '../../shared/content/schema';
import { dataFilePath } from '../../shared/paths';
import { dataFileName, yearOfDataFile } from '../lib/data/files';
import { dataFormats, serializeRows, type DataFormat } from '../lib/data/formats';

/** What a file of the format holds before its rows: the CSV header row, nothing for JSON Lines. */
const headOf = (format: DataFormat) => Buffer.from(serializeRows([], format));

/**
 * Write the whole archive's file of one script and format from its years' files, oldest first, each
 * without its header, streamed: at 5,000 conferences the files are hundreds of megabytes, and no
 * year's rows are read again.
 */
async function writeWholeArchive(target: string, years: readonly string[], format: DataFormat): Promise<void> {
  await pipeline(wholeArchiveBytes(years, headOf(format)), createWriteStream(target));
}

/** The whole archive's bytes: the header once, then each year's rows as its file holds them. */
async function* wholeArchiveBytes(years: readonly string[], head: Buffer): AsyncGenerator<Buffer> {
  yield head;
  for (const file of years) {
    // Each year's file starts with the same header: check it rather than trust its length.
    const handle = await open(file);
    const start = Buffer.alloc(head.length);
    await handle.read(start, 0, head.length, 0);
    await handle.close();
    if (!start.equals(head)) throw new Error(`${file} does not start with the data files' header: it was not written by this build's data route.`);
    yield* createReadStream(file, { start: head.length }) as AsyncIterable<Buffer>;
  }
}

/**
 * Put each script's whole-archive data files together from the years' files this build wrote or
 * kept (Astro lists them), once every page is built.
 */
export function wholeArchiveData(): AstroIntegration {
  return {
    name: 'dawenlu:whole-archive-data',
    hooks: {
      'astro:build:done': async ({ dir, assets, logger }) => {
        const built = [...assets.values()].flat().map((url) => fileURLToPath(url));
        const root = fileURLToPath(dir);
        for (const script of scripts) {
          for (const format of dataFormats) {
            const years = built
              .map((file) => ({ file, year: yearOfDataFile(script, format, file.split('/').pop() ?? '') }))
              .filter((entry): entry is { file: string; year: string } => entry.year !== null)
              .sort((left, right) => (left.year < right.year ? -1 : 1));
            const target = join(root, dataFilePath(script, dataFileName(script, format)).slice(1));
            await writeWholeArchive(target, years.map((entry) => entry.file), format);
          }
        }
        logger.info('Whole-archive data files written from the years\' files.');
      },
    },
  };
}
