import type { APIRoute } from 'astro';
import { dataFilesOf, dataFileText } from '../../../site/data/data-files';
import { restParam } from '../../../site/data/routes';
import { scripts } from '../../../shared/content/schema';
import type { DataFile } from '../../../site/lib/data/files';
import { archivePath } from '../../../shared/paths';

/** Content types of the formats; charset said outright, as RFC 4180 leaves CSV's to the server. */
const CONTENT_TYPE = { csv: 'text/csv; charset=utf-8; header=present', jsonl: 'application/jsonl; charset=utf-8' } as const;

/** Every data file of both scripts (`/data/dawenlu-zh-hans.csv`, `/zh-hant/data/dawenlu-zh-hant-2024.jsonl`), one row per question page. */
export async function getStaticPaths() {
  const paths = [];
  for (const script of scripts) {
    for (const file of await dataFilesOf(script)) paths.push({ params: { prefix: restParam(archivePath(script)), file: file.name }, props: { file } });
  }
  return paths;
}

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: DataFile };
  return new Response(dataFileText(file), { headers: { 'Content-Type': CONTENT_TYPE[file.format] } });
};
