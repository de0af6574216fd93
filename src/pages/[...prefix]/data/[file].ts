import type { APIRoute } from 'astro';
import { scripts, type Script } from '../../../shared/content/schema';
import { archivePath } from '../../../shared/paths';
import { dataFilesOf, yearFileKey, yearFileText } from '../../../site/data/data-files';
import { restParam } from '../../../site/data/routes';
import type { DataFile } from '../../../site/lib/data/files';

/** Content types of the formats; charset said outright, as RFC 4180 leaves CSV's to the server. */
const CONTENT_TYPE = { csv: 'text/csv; charset=utf-8; header=present', jsonl: 'application/jsonl; charset=utf-8' } as const;

/**
 * Each year's data files of both scripts (`/data/dawenlu-zh-hans-2024.csv`), one row per question
 * page, each keyed for the incremental build by its year's pages: adding a conference writes its
 * year's files again and keeps the others. The whole archive's files are the years' put together
 * once they are written (src/site/integrations/whole-archive-data.ts).
 */
export async function getStaticPaths() {
  const paths = [];
  for (const script of scripts) {
    for (const file of await dataFilesOf(script)) {
      if (file.year === null) continue;
      paths.push({ params: { prefix: restParam(archivePath(script)), file: file.name }, props: { script, file }, cacheKey: await yearFileKey(script, file.year, file.format) });
    }
  }
  return paths;
}

export const GET: APIRoute = async ({ props }) => {
  const { script, file } = props as { script: Script; file: DataFile };
  return new Response(await yearFileText(script, file.year!, file.format), { headers: { 'Content-Type': CONTENT_TYPE[file.format] } });
};
