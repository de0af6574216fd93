import type { Script } from '../../shared/content/schema';
import { dataFiles, type DataFile } from '../lib/data/files';
import { serializeRows } from '../lib/data/formats';
import { questionRow } from '../lib/data/rows';
import { questionPath } from '../../shared/paths';
import { siteHref } from '../../shared/site-href';
import { conferencesIn, questionsByConference } from './archive';
import { bodyOf } from './page-body';

const filesByScript = new Map<Script, Promise<DataFile[]>>();
const sizes = new WeakMap<DataFile, number>();

/** Make a script's rows from every question page, reading each page's body once. */
async function rowsOf(script: Script) {
  const [conferences, grouped] = await Promise.all([conferencesIn(script), questionsByConference(script)]);
  return conferences.flatMap((conference) =>
    (grouped.get(conference.data.conference) ?? []).map((question) =>
      questionRow({
        question: question.data,
        conference: conference.data,
        body: bodyOf(question),
        url: new URL(siteHref(questionPath(script, question.data.conference, question.data.number, question.data.questionCount)), import.meta.env.SITE).href,
      }),
    ),
  );
}

/**
 * Give a script's data files (src/site/lib/data/files.ts), made once per build: the Data page (for the
 * sizes) and every file's endpoint share them.
 */
export function dataFilesOf(script: Script): Promise<DataFile[]> {
  let files = filesByScript.get(script);
  if (!files) filesByScript.set(script, (files = rowsOf(script).then((rows) => dataFiles(script, rows))));
  return files;
}

/** Write a data file's text. */
export function dataFileText(file: DataFile): string {
  return serializeRows(file.rows, file.format);
}

/** Give a data file's size in bytes, as written. */
export function dataFileBytes(file: DataFile): number {
  let bytes = sizes.get(file);
  if (bytes === undefined) sizes.set(file, (bytes = Buffer.byteLength(dataFileText(file))));
  return bytes;
}
